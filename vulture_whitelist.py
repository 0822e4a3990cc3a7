"""Names vulture cannot see used: callbacks that frameworks call by name, fields they fill."""

# html.parser.HTMLParser calls its handle_* hooks by name (core/sources/ingest/html.py, tests).
_.handle_startendtag
_.handle_endtag
_.handle_data
# http.server.BaseHTTPRequestHandler hooks (tests/e2e/test_sources_cli.py).
_.translate_path
_.log_message
# aiosqlite reads Connection.row_factory (core/store/sqlite.py).
_.row_factory
# tests/telegram/fake_bot_api.py dispatches Bot API methods by name: getattr(self, f"_api_{m}").
_._api_getMe
_._api_sendChatAction
_._api_sendMessage
_._api_sendDocument
_._api_sendPhoto
_._api_getFile
_._api_editMessageText
_._api_editMessageReplyMarkup
_._api_answerCallbackQuery
_._api_setMyCommands
_._api_deleteWebhook
_._api_setWebhook
_._api_getChatMember
# Model dataclass fields the store fills from their columns (core/model.py, core/sources/model.py).
_.created_at
# pytest fixtures requested by parameter name for their set-up and tear-down only.
restore_logging
# python-json-logger's JsonFormatter calls process_log_record on every record (bot/logs.py).
_.process_log_record
# logging.Formatter calls formatTime(record, datefmt) by name (bot/logs.py overrides it).
_.formatTime
_.datefmt
# slack_sdk's AsyncInstallationStore / AsyncOAuthStateStore hooks (adapters/slack/installs.py).
_.logger
_.async_save
_.async_delete_all
_.async_delete_installation
_.async_issue
_.async_consume
is_enterprise_install
# The import system calls a module's __getattr__ for a missing name (PEP 562): the lazy
# re-exports of core/sources/ingest/__init__.py.
__getattr__
# pytest calls these hooks and reads module marks by name (tests/conftest.py, test modules).
pytest_configure
pytest_collection_modifyitems
pytest_generate_tests
pytest_terminal_summary
pytestmark
# PTB calls a BaseUpdateProcessor's hooks by name (adapters/telegram/updates.py).
_.do_process_update
_.initialize
# Bolt's authorize reads token_rotator to refresh rotating tokens (adapters/slack/app.py).
_.token_rotator
# python-telegram-bot's BasePersistence hooks, called by PTB's Application by name
# (adapters/telegram/persistence.py); user_data is the keyword PTB passes to refresh_user_data.
_.get_conversations
_.update_conversation
_.get_chat_data
_.refresh_chat_data
_.update_chat_data
_.drop_chat_data
_.get_user_data
_.get_bot_data
_.get_callback_data
_.update_user_data
_.update_bot_data
_.update_callback_data
_.drop_user_data
_.refresh_user_data
_.refresh_bot_data
user_data

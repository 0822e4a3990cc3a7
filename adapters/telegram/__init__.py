"""Job Concierge on Telegram (python-telegram-bot 22): polling or webhook, flows, buttons."""

"""The /add help text: how to write a search."""

from __future__ import annotations

HELP_ADD = """\
/add <search> — what to look for, in plain words:
• title words and skills: senior backend engineer python kafka · backedn enginer pyhton \
(typos are fixed)
• skills alone look for developer roles that use them: golang k8s
• a sector or specialty you name is wanted: backend engineer fintech · icu nurse (a posting \
naming none matches at loose only; I say how many I left out)
• one skill or another: python or go backend · java/kotlin (any of them counts)
• one title or another: nurse or midwife · backend or data engineer (either title counts)
• shifts and workplaces rank postings naming them first, and shifts said with no leave them \
out: registered nurse nights · nurse per diem · nurse hospital · nurse no nights
• where — places and workplaces named together are alternatives:
  remote → remote jobs (or workplace not stated, lower)
  Berlin → in Berlin (any workplace), or remote open to Berlin
  remote or Berlin → in Berlin (any workplace), or remote open to Berlin
  remote us → remote open to the US: Remote (US), a region including it, anywhere
  nyc or remote us → in NYC, or remote from the US (not onsite in Austin)
  anywhere → any place, remote or not
  hybrid in Berlin → hybrid in Berlin (or workplace not stated)
• countries, US states and regions: uk · germany · maryland · emea (in that place, or remote \
open to it; I say how I read each place)
• leave out: -php, not java (skills) · not remote, -onsite (workplace) · not senior (level: \
nor lead, staff, principal) \
· -company:Acme · not Fernhill (any other word: in the title, company or place)
• pay floor: 120k+, >=120000, $150k, €90k, 90k EUR, $60/h, 5k/month, 120k-150k (hourly and \
monthly pay annualised; a range is a floor at its bottom; pay in other currencies converted at \
the European Central Bank's rates)
• level: intern, junior, mid, senior, staff, principal, lead · sde ii, L4, E5 ("senior" never \
matches junior)
I echo back how I read it; change how picky a search is with strict, normal or loose."""

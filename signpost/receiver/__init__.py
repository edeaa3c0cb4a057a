"""The form receiver: takes referral form posts (the Formspree-compatible protocol), checks them against
the form definitions in content/forms/, seals each to the team's public key and stores it in SQLite.

The receiver's host holds only the public key, so it cannot read what it stores; the team exports and
reads submissions elsewhere with the private key (`signpost receiver export`)."""

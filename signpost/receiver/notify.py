"""An optional email to the team when a submission arrives. It carries no submitted content: only that
a submission arrived, on which form, and its reference number."""
from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage

log = logging.getLogger("signpost.receiver")


@dataclass(frozen=True)
class Notifier:
    host: str
    port: int
    sender: str
    recipient: str
    starttls: bool = False
    timeout: float = 10.0

    def message(self, form_id: str, reference: int, recipient: str | None = None) -> EmailMessage:
        message = EmailMessage()
        message["From"] = self.sender
        message["To"] = recipient or self.recipient
        message["Subject"] = f"New referral ({form_id}, reference {reference})"
        message.set_content(
            f"A new submission of the form '{form_id}' has arrived (reference {reference}).\n\n"
            "It is sealed: read it with `signpost receiver export` and the team's private key.\n"
            "This email never contains what was submitted.\n")
        return message

    def send(self, form_id: str, reference: int, also_to: tuple[str, ...] = ()) -> None:
        """To the team, and one message each to `also_to` (a listing's update contact), none seeing the others."""
        try:
            with smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                if self.starttls:
                    smtp.starttls()
                for recipient in (self.recipient, *also_to):
                    smtp.send_message(self.message(form_id, reference, recipient))
        except (OSError, smtplib.SMTPException) as error:
            log.warning("notification email for submission %d failed: %s", reference, type(error).__name__)

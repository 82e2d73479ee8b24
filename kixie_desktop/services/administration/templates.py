"""SMS templates: the texts cadences send, with merge fields checked at save and a preview
rendered as the engine renders it."""

from __future__ import annotations

from kixie_desktop.domain import templates as merge
from kixie_desktop.domain.directory import SmsTemplate, clean_name
from kixie_desktop.domain.errors import Conflict, NotFound
from kixie_desktop.domain.ids import TemplateId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service

NAME_LIMIT = 120


class TemplateService(Service):
    def list(self, actor: Actor) -> list[SmsTemplate]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.templates.list(actor.account_id)

    def named(self, actor: Actor, name: str) -> SmsTemplate:
        require(actor, Permission.VIEW)
        found = next((t for t in self.list(actor) if t.name == name.strip()), None)
        if found is None:
            raise NotFound(f"no template named {name.strip()!r}", field="name")
        return found

    def create(self, actor: Actor, name: str, body: str) -> SmsTemplate:
        require(actor, Permission.MANAGE_TEMPLATES)
        clean, text = clean_name(name, NAME_LIMIT), merge.validate_body(body)
        with self._store.write() as uow:
            if uow.templates.name_taken(actor.account_id, clean):
                raise Conflict("a template with that name already exists", field="name")
            template = uow.templates.add(actor.account_id, clean, text)
            self._audit(uow, actor, "create", "sms_template", template.id, name=clean)
            return template

    def update(self, actor: Actor, template_id: TemplateId, name: str, body: str) -> SmsTemplate:
        require(actor, Permission.MANAGE_TEMPLATES)
        clean, text = clean_name(name, NAME_LIMIT), merge.validate_body(body)
        with self._store.write() as uow:
            uow.templates.get(template_id)
            if uow.templates.name_taken(actor.account_id, clean, exclude=template_id):
                raise Conflict("a template with that name already exists", field="name")
            template = SmsTemplate(template_id, clean, text)
            uow.templates.update(template)
            self._audit(uow, actor, "update", "sms_template", template_id, name=clean)
            return template

    def preview(self, actor: Actor, body: str) -> merge.TemplatePreview:
        """``body`` for the built-in sample lead, sent by ``actor`` as its owner, and for a
        lead with only a phone number before anyone owns it (sent from the account). Refuses
        what saving would refuse."""
        require(actor, Permission.VIEW)
        text = merge.validate_body(body)
        with self._store.read() as uow:
            account = uow.accounts.get(actor.account_id)
            owner = uow.users.get(actor.user_id) if actor.user_id is not None else None
        return merge.TemplatePreview.of(text, owner, account.name)

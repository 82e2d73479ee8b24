"""SMS templates and dispositions: the vocabulary cadences are written in."""

from __future__ import annotations

from kixie_desktop.domain import templates as merge
from kixie_desktop.domain.directory import Disposition, SmsTemplate
from kixie_desktop.domain.errors import Conflict, ValidationError
from kixie_desktop.domain.ids import DispositionId, TemplateId
from kixie_desktop.domain.roles import Actor, Permission, require
from kixie_desktop.services.base import Service


def _name(text: str, limit: int) -> str:
    name = text.strip()
    if not name:
        raise ValidationError("a name is required", field="name")
    if len(name) > limit:
        raise ValidationError(f"name is longer than {limit} characters", field="name")
    return name


class TemplateService(Service):
    def list(self, actor: Actor) -> list[SmsTemplate]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.templates.list(actor.account_id)

    def create(self, actor: Actor, name: str, body: str) -> SmsTemplate:
        require(actor, Permission.MANAGE_TEMPLATES)
        clean, text = _name(name, 120), merge.validate_body(body)
        with self._store.write() as uow:
            if uow.templates.name_taken(actor.account_id, clean):
                raise Conflict("a template with that name already exists", field="name")
            template = uow.templates.add(actor.account_id, clean, text)
            self._audit(uow, actor, "create", "sms_template", template.id, name=clean)
            return template

    def update(self, actor: Actor, template_id: TemplateId, name: str, body: str) -> SmsTemplate:
        require(actor, Permission.MANAGE_TEMPLATES)
        clean, text = _name(name, 120), merge.validate_body(body)
        with self._store.write() as uow:
            uow.templates.get(template_id)
            if uow.templates.name_taken(actor.account_id, clean, exclude=template_id):
                raise Conflict("a template with that name already exists", field="name")
            template = SmsTemplate(template_id, clean, text)
            uow.templates.update(template)
            self._audit(uow, actor, "update", "sms_template", template_id, name=clean)
            return template


class DispositionService(Service):
    def list(self, actor: Actor) -> list[Disposition]:
        require(actor, Permission.VIEW)
        with self._store.read() as uow:
            return uow.dispositions.list(actor.account_id)

    def create(self, actor: Actor, name: str) -> Disposition:
        require(actor, Permission.MANAGE_DISPOSITIONS)
        clean = _name(name, 80)
        with self._store.write() as uow:
            if uow.dispositions.by_name(actor.account_id, clean):
                raise Conflict("a disposition with that name already exists", field="name")
            position = len(uow.dispositions.list(actor.account_id, include_archived=True))
            disposition = uow.dispositions.add(actor.account_id, clean, position)
            self._audit(uow, actor, "create", "disposition", disposition.id, name=clean)
            return disposition

    def archive(self, actor: Actor, disposition_id: DispositionId) -> None:
        """Hide a disposition from agents; history and old rules keep pointing at it."""
        require(actor, Permission.MANAGE_DISPOSITIONS)
        with self._store.write() as uow:
            uow.dispositions.get(disposition_id)
            uow.dispositions.set_archived(disposition_id, True)
            self._audit(uow, actor, "archive", "disposition", disposition_id)

# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_settings_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_CadenceSettingsPage(object):
    def setupUi(self, CadenceSettingsPage):
        if not CadenceSettingsPage.objectName():
            CadenceSettingsPage.setObjectName(u"CadenceSettingsPage")
        self.settings_layout = QVBoxLayout(CadenceSettingsPage)
        self.settings_layout.setObjectName(u"settings_layout")
        self.settings_layout.setContentsMargins(0, 0, 0, 0)
        self.settings_scroll = QScrollArea(CadenceSettingsPage)
        self.settings_scroll.setObjectName(u"settings_scroll")
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_contents = QWidget()
        self.settings_contents.setObjectName(u"settings_contents")
        self.settings_contents_layout = QVBoxLayout(self.settings_contents)
        self.settings_contents_layout.setObjectName(u"settings_contents_layout")
        self.settings_form = QFormLayout()
        self.settings_form.setObjectName(u"settings_form")
        self.name_label = QLabel(self.settings_contents)
        self.name_label.setObjectName(u"name_label")

        self.settings_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_field = QWidget(self.settings_contents)
        self.name_field.setObjectName(u"name_field")
        self.name_field_layout = QVBoxLayout(self.name_field)
        self.name_field_layout.setSpacing(2)
        self.name_field_layout.setObjectName(u"name_field_layout")
        self.name_field_layout.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self.name_field)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(200)

        self.name_field_layout.addWidget(self.name_edit)

        self.name_error = QLabel(self.name_field)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)
        self.name_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.name_field_layout.addWidget(self.name_error)


        self.settings_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_field)

        self.queue_label = QLabel(self.settings_contents)
        self.queue_label.setObjectName(u"queue_label")

        self.settings_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.queue_label)

        self.queue_field = QWidget(self.settings_contents)
        self.queue_field.setObjectName(u"queue_field")
        self.queue_field_layout = QVBoxLayout(self.queue_field)
        self.queue_field_layout.setSpacing(2)
        self.queue_field_layout.setObjectName(u"queue_field_layout")
        self.queue_field_layout.setContentsMargins(0, 0, 0, 0)
        self.queue_combo = QComboBox(self.queue_field)
        self.queue_combo.setObjectName(u"queue_combo")

        self.queue_field_layout.addWidget(self.queue_combo)

        self.queue_error = QLabel(self.queue_field)
        self.queue_error.setObjectName(u"queue_error")
        self.queue_error.setWordWrap(True)
        self.queue_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.queue_field_layout.addWidget(self.queue_error)


        self.settings_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.queue_field)

        self.assign_owner_label = QLabel(self.settings_contents)
        self.assign_owner_label.setObjectName(u"assign_owner_label")

        self.settings_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.assign_owner_label)

        self.assign_owner_combo = QComboBox(self.settings_contents)
        self.assign_owner_combo.setObjectName(u"assign_owner_combo")

        self.settings_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.assign_owner_combo)

        self.use_contact_owner_label = QLabel(self.settings_contents)
        self.use_contact_owner_label.setObjectName(u"use_contact_owner_label")

        self.settings_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.use_contact_owner_label)

        self.use_contact_owner_check = QCheckBox(self.settings_contents)
        self.use_contact_owner_check.setObjectName(u"use_contact_owner_check")

        self.settings_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.use_contact_owner_check)

        self.allow_reenrollment_label = QLabel(self.settings_contents)
        self.allow_reenrollment_label.setObjectName(u"allow_reenrollment_label")

        self.settings_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.allow_reenrollment_label)

        self.allow_reenrollment_check = QCheckBox(self.settings_contents)
        self.allow_reenrollment_check.setObjectName(u"allow_reenrollment_check")

        self.settings_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.allow_reenrollment_check)

        self.exclusive_label = QLabel(self.settings_contents)
        self.exclusive_label.setObjectName(u"exclusive_label")

        self.settings_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.exclusive_label)

        self.exclusive_check = QCheckBox(self.settings_contents)
        self.exclusive_check.setObjectName(u"exclusive_check")

        self.settings_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exclusive_check)

        self.check_dnc_label = QLabel(self.settings_contents)
        self.check_dnc_label.setObjectName(u"check_dnc_label")

        self.settings_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.check_dnc_label)

        self.check_dnc_check = QCheckBox(self.settings_contents)
        self.check_dnc_check.setObjectName(u"check_dnc_check")

        self.settings_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.check_dnc_check)

        self.reply_label = QLabel(self.settings_contents)
        self.reply_label.setObjectName(u"reply_label")

        self.settings_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reply_label)

        self.reply_field = QWidget(self.settings_contents)
        self.reply_field.setObjectName(u"reply_field")
        self.reply_field_layout = QVBoxLayout(self.reply_field)
        self.reply_field_layout.setSpacing(2)
        self.reply_field_layout.setObjectName(u"reply_field_layout")
        self.reply_field_layout.setContentsMargins(0, 0, 0, 0)
        self.reply_row = QHBoxLayout()
        self.reply_row.setObjectName(u"reply_row")
        self.reply_behavior_combo = QComboBox(self.reply_field)
        self.reply_behavior_combo.setObjectName(u"reply_behavior_combo")

        self.reply_row.addWidget(self.reply_behavior_combo)

        self.reply_pause_amount = QSpinBox(self.reply_field)
        self.reply_pause_amount.setObjectName(u"reply_pause_amount")
        self.reply_pause_amount.setMinimum(0)
        self.reply_pause_amount.setMaximum(100000)

        self.reply_row.addWidget(self.reply_pause_amount)

        self.reply_pause_unit = QComboBox(self.reply_field)
        self.reply_pause_unit.setObjectName(u"reply_pause_unit")

        self.reply_row.addWidget(self.reply_pause_unit)

        self.reply_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reply_row.addItem(self.reply_spacer)


        self.reply_field_layout.addLayout(self.reply_row)

        self.reply_pause_error = QLabel(self.reply_field)
        self.reply_pause_error.setObjectName(u"reply_pause_error")
        self.reply_pause_error.setWordWrap(True)
        self.reply_pause_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reply_field_layout.addWidget(self.reply_pause_error)


        self.settings_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reply_field)


        self.settings_contents_layout.addLayout(self.settings_form)

        self.cadence_hours_group = QGroupBox(self.settings_contents)
        self.cadence_hours_group.setObjectName(u"cadence_hours_group")
        self.cadence_hours_layout = QVBoxLayout(self.cadence_hours_group)
        self.cadence_hours_layout.setObjectName(u"cadence_hours_layout")
        self.cadence_hours_layout.setContentsMargins(0, 0, 0, 0)
        self.cadence_hours_hint = QLabel(self.cadence_hours_group)
        self.cadence_hours_hint.setObjectName(u"cadence_hours_hint")
        self.cadence_hours_hint.setWordWrap(True)

        self.cadence_hours_layout.addWidget(self.cadence_hours_hint)


        self.settings_contents_layout.addWidget(self.cadence_hours_group)

        self.target_hours_group = QGroupBox(self.settings_contents)
        self.target_hours_group.setObjectName(u"target_hours_group")
        self.target_hours_layout = QVBoxLayout(self.target_hours_group)
        self.target_hours_layout.setObjectName(u"target_hours_layout")
        self.target_hours_layout.setContentsMargins(0, 0, 0, 0)
        self.target_hours_hint = QLabel(self.target_hours_group)
        self.target_hours_hint.setObjectName(u"target_hours_hint")
        self.target_hours_hint.setWordWrap(True)

        self.target_hours_layout.addWidget(self.target_hours_hint)


        self.settings_contents_layout.addWidget(self.target_hours_group)

        self.settings_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settings_contents_layout.addItem(self.settings_bottom_spacer)

        self.settings_scroll.setWidget(self.settings_contents)

        self.settings_layout.addWidget(self.settings_scroll)


        self.retranslateUi(CadenceSettingsPage)

        QMetaObject.connectSlotsByName(CadenceSettingsPage)
    # setupUi

    def retranslateUi(self, CadenceSettingsPage):
        self.name_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Name", None))
        self.name_edit.setPlaceholderText(QCoreApplication.translate("CadenceSettingsPage", u"e.g. Speed to Lead", None))
        self.queue_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Queue", None))
        self.assign_owner_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Assign Contact Owner", None))
        self.use_contact_owner_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Use Contact Owner", None))
        self.use_contact_owner_check.setText(QCoreApplication.translate("CadenceSettingsPage", u"When the contact already has an owner, use that owner", None))
        self.allow_reenrollment_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Allow Re-enrollment", None))
        self.allow_reenrollment_check.setText(QCoreApplication.translate("CadenceSettingsPage", u"Contacts who went through this cadence may be enrolled again", None))
        self.exclusive_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Exclusive", None))
        self.exclusive_check.setText(QCoreApplication.translate("CadenceSettingsPage", u"Refuse enrollment while the contact is active in another cadence", None))
        self.check_dnc_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"Check DNC", None))
        self.check_dnc_check.setText(QCoreApplication.translate("CadenceSettingsPage", u"Check Do Not Contact and SMS opt-out again before every action", None))
        self.reply_label.setText(QCoreApplication.translate("CadenceSettingsPage", u"When the contact replies", None))
        self.cadence_hours_group.setTitle(QCoreApplication.translate("CadenceSettingsPage", u"Cadence Hours", None))
        self.cadence_hours_hint.setText(QCoreApplication.translate("CadenceSettingsPage", u"The cadence runs only during these hours, in your account's time zone.", None))
        self.target_hours_group.setTitle(QCoreApplication.translate("CadenceSettingsPage", u"Target Hours", None))
        self.target_hours_hint.setText(QCoreApplication.translate("CadenceSettingsPage", u"Calls and texts reach contacts only during these hours, in the contact's time zone.", None))
        pass
    # retranslateUi


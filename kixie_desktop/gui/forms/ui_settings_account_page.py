# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_account_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsAccountPage(object):
    def setupUi(self, SettingsAccountPage):
        if not SettingsAccountPage.objectName():
            SettingsAccountPage.setObjectName(u"SettingsAccountPage")
        self.account_layout = QVBoxLayout(SettingsAccountPage)
        self.account_layout.setObjectName(u"account_layout")
        self.account_layout.setContentsMargins(0, 0, 0, 0)
        self.account_hint = QLabel(SettingsAccountPage)
        self.account_hint.setObjectName(u"account_hint")
        self.account_hint.setWordWrap(True)

        self.account_layout.addWidget(self.account_hint)

        self.account_scroll = QScrollArea(SettingsAccountPage)
        self.account_scroll.setObjectName(u"account_scroll")
        self.account_scroll.setWidgetResizable(True)
        self.account_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.account_contents = QWidget()
        self.account_contents.setObjectName(u"account_contents")
        self.account_contents_layout = QVBoxLayout(self.account_contents)
        self.account_contents_layout.setObjectName(u"account_contents_layout")
        self.workspace_group = QGroupBox(self.account_contents)
        self.workspace_group.setObjectName(u"workspace_group")
        self.workspace_form = QFormLayout(self.workspace_group)
        self.workspace_form.setObjectName(u"workspace_form")
        self.name_label = QLabel(self.workspace_group)
        self.name_label.setObjectName(u"name_label")

        self.workspace_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_box = QVBoxLayout()
        self.name_box.setObjectName(u"name_box")
        self.name_edit = QLineEdit(self.workspace_group)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(120)

        self.name_box.addWidget(self.name_edit)

        self.name_error = QLabel(self.workspace_group)
        self.name_error.setObjectName(u"name_error")
        self.name_error.setWordWrap(True)

        self.name_box.addWidget(self.name_error)


        self.workspace_form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.name_box)

        self.time_zone_label = QLabel(self.workspace_group)
        self.time_zone_label.setObjectName(u"time_zone_label")

        self.workspace_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.time_zone_label)

        self.time_zone_box = QVBoxLayout()
        self.time_zone_box.setObjectName(u"time_zone_box")
        self.time_zone_combo = QComboBox(self.workspace_group)
        self.time_zone_combo.setObjectName(u"time_zone_combo")
        self.time_zone_combo.setEditable(True)

        self.time_zone_box.addWidget(self.time_zone_combo)

        self.time_zone_error = QLabel(self.workspace_group)
        self.time_zone_error.setObjectName(u"time_zone_error")
        self.time_zone_error.setWordWrap(True)

        self.time_zone_box.addWidget(self.time_zone_error)


        self.workspace_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.time_zone_box)

        self.country_label = QLabel(self.workspace_group)
        self.country_label.setObjectName(u"country_label")

        self.workspace_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.country_label)

        self.country_box = QVBoxLayout()
        self.country_box.setObjectName(u"country_box")
        self.country_combo = QComboBox(self.workspace_group)
        self.country_combo.setObjectName(u"country_combo")

        self.country_box.addWidget(self.country_combo)

        self.country_error = QLabel(self.workspace_group)
        self.country_error.setObjectName(u"country_error")
        self.country_error.setWordWrap(True)

        self.country_box.addWidget(self.country_error)


        self.workspace_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.country_box)

        self.default_sender_label = QLabel(self.workspace_group)
        self.default_sender_label.setObjectName(u"default_sender_label")

        self.workspace_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.default_sender_label)

        self.default_sender_box = QVBoxLayout()
        self.default_sender_box.setObjectName(u"default_sender_box")
        self.default_sender_edit = QLineEdit(self.workspace_group)
        self.default_sender_edit.setObjectName(u"default_sender_edit")

        self.default_sender_box.addWidget(self.default_sender_edit)

        self.default_sender_error = QLabel(self.workspace_group)
        self.default_sender_error.setObjectName(u"default_sender_error")
        self.default_sender_error.setWordWrap(True)

        self.default_sender_box.addWidget(self.default_sender_error)


        self.workspace_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.default_sender_box)

        self.prompt_timeout_label = QLabel(self.workspace_group)
        self.prompt_timeout_label.setObjectName(u"prompt_timeout_label")

        self.workspace_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.prompt_timeout_label)

        self.prompt_timeout_box = QVBoxLayout()
        self.prompt_timeout_box.setObjectName(u"prompt_timeout_box")
        self.prompt_timeout_spin = QSpinBox(self.workspace_group)
        self.prompt_timeout_spin.setObjectName(u"prompt_timeout_spin")
        self.prompt_timeout_spin.setMinimum(5)
        self.prompt_timeout_spin.setMaximum(3600)
        self.prompt_timeout_spin.setValue(60)

        self.prompt_timeout_box.addWidget(self.prompt_timeout_spin)

        self.prompt_timeout_error = QLabel(self.workspace_group)
        self.prompt_timeout_error.setObjectName(u"prompt_timeout_error")
        self.prompt_timeout_error.setWordWrap(True)

        self.prompt_timeout_box.addWidget(self.prompt_timeout_error)


        self.workspace_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.prompt_timeout_box)


        self.account_contents_layout.addWidget(self.workspace_group)

        self.guards_group = QGroupBox(self.account_contents)
        self.guards_group.setObjectName(u"guards_group")
        self.guards_layout = QVBoxLayout(self.guards_group)
        self.guards_layout.setObjectName(u"guards_layout")
        self.quiet_hours_check = QCheckBox(self.guards_group)
        self.quiet_hours_check.setObjectName(u"quiet_hours_check")

        self.guards_layout.addWidget(self.quiet_hours_check)

        self.compliance_check = QCheckBox(self.guards_group)
        self.compliance_check.setObjectName(u"compliance_check")

        self.guards_layout.addWidget(self.compliance_check)

        self.recording_consent_check = QCheckBox(self.guards_group)
        self.recording_consent_check.setObjectName(u"recording_consent_check")

        self.guards_layout.addWidget(self.recording_consent_check)


        self.account_contents_layout.addWidget(self.guards_group)

        self.holidays_group = QGroupBox(self.account_contents)
        self.holidays_group.setObjectName(u"holidays_group")
        self.holidays_layout = QVBoxLayout(self.holidays_group)
        self.holidays_layout.setObjectName(u"holidays_layout")
        self.holidays_hint = QLabel(self.holidays_group)
        self.holidays_hint.setObjectName(u"holidays_hint")
        self.holidays_hint.setWordWrap(True)

        self.holidays_layout.addWidget(self.holidays_hint)

        self.holidays_list = QListWidget(self.holidays_group)
        self.holidays_list.setObjectName(u"holidays_list")
        self.holidays_list.setMaximumSize(QSize(16777215, 130))
        self.holidays_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.holidays_layout.addWidget(self.holidays_list)

        self.holiday_row = QHBoxLayout()
        self.holiday_row.setObjectName(u"holiday_row")
        self.holiday_date_edit = QDateEdit(self.holidays_group)
        self.holiday_date_edit.setObjectName(u"holiday_date_edit")
        self.holiday_date_edit.setCalendarPopup(True)

        self.holiday_row.addWidget(self.holiday_date_edit)

        self.holiday_yearly_check = QCheckBox(self.holidays_group)
        self.holiday_yearly_check.setObjectName(u"holiday_yearly_check")

        self.holiday_row.addWidget(self.holiday_yearly_check)

        self.add_holiday_button = QPushButton(self.holidays_group)
        self.add_holiday_button.setObjectName(u"add_holiday_button")

        self.holiday_row.addWidget(self.add_holiday_button)

        self.remove_holiday_button = QPushButton(self.holidays_group)
        self.remove_holiday_button.setObjectName(u"remove_holiday_button")

        self.holiday_row.addWidget(self.remove_holiday_button)

        self.holiday_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.holiday_row.addItem(self.holiday_spacer)


        self.holidays_layout.addLayout(self.holiday_row)

        self.holidays_error = QLabel(self.holidays_group)
        self.holidays_error.setObjectName(u"holidays_error")
        self.holidays_error.setWordWrap(True)

        self.holidays_layout.addWidget(self.holidays_error)


        self.account_contents_layout.addWidget(self.holidays_group)

        self.caller_id_group = QGroupBox(self.account_contents)
        self.caller_id_group.setObjectName(u"caller_id_group")
        self.caller_id_layout = QVBoxLayout(self.caller_id_group)
        self.caller_id_layout.setObjectName(u"caller_id_layout")
        self.caller_id_hint = QLabel(self.caller_id_group)
        self.caller_id_hint.setObjectName(u"caller_id_hint")
        self.caller_id_hint.setWordWrap(True)

        self.caller_id_layout.addWidget(self.caller_id_hint)

        self.caller_id_list = QListWidget(self.caller_id_group)
        self.caller_id_list.setObjectName(u"caller_id_list")
        self.caller_id_list.setMaximumSize(QSize(16777215, 130))
        self.caller_id_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.caller_id_layout.addWidget(self.caller_id_list)

        self.caller_id_row = QHBoxLayout()
        self.caller_id_row.setObjectName(u"caller_id_row")
        self.caller_id_edit = QLineEdit(self.caller_id_group)
        self.caller_id_edit.setObjectName(u"caller_id_edit")

        self.caller_id_row.addWidget(self.caller_id_edit)

        self.add_caller_id_button = QPushButton(self.caller_id_group)
        self.add_caller_id_button.setObjectName(u"add_caller_id_button")

        self.caller_id_row.addWidget(self.add_caller_id_button)

        self.remove_caller_id_button = QPushButton(self.caller_id_group)
        self.remove_caller_id_button.setObjectName(u"remove_caller_id_button")

        self.caller_id_row.addWidget(self.remove_caller_id_button)


        self.caller_id_layout.addLayout(self.caller_id_row)

        self.caller_id_pool_error = QLabel(self.caller_id_group)
        self.caller_id_pool_error.setObjectName(u"caller_id_pool_error")
        self.caller_id_pool_error.setWordWrap(True)

        self.caller_id_layout.addWidget(self.caller_id_pool_error)


        self.account_contents_layout.addWidget(self.caller_id_group)

        self.account_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.account_contents_layout.addItem(self.account_spacer)

        self.account_scroll.setWidget(self.account_contents)

        self.account_layout.addWidget(self.account_scroll)

        self.save_row = QHBoxLayout()
        self.save_row.setObjectName(u"save_row")
        self.account_message = QLabel(SettingsAccountPage)
        self.account_message.setObjectName(u"account_message")
        self.account_message.setWordWrap(True)
        self.account_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.save_row.addWidget(self.account_message)

        self.save_button = QPushButton(SettingsAccountPage)
        self.save_button.setObjectName(u"save_button")

        self.save_row.addWidget(self.save_button)

        self.save_row.setStretch(0, 1)

        self.account_layout.addLayout(self.save_row)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.time_zone_label.setBuddy(self.time_zone_combo)
        self.country_label.setBuddy(self.country_combo)
        self.default_sender_label.setBuddy(self.default_sender_edit)
        self.prompt_timeout_label.setBuddy(self.prompt_timeout_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.time_zone_combo)
        QWidget.setTabOrder(self.time_zone_combo, self.country_combo)
        QWidget.setTabOrder(self.country_combo, self.default_sender_edit)
        QWidget.setTabOrder(self.default_sender_edit, self.prompt_timeout_spin)
        QWidget.setTabOrder(self.prompt_timeout_spin, self.quiet_hours_check)
        QWidget.setTabOrder(self.quiet_hours_check, self.compliance_check)
        QWidget.setTabOrder(self.compliance_check, self.recording_consent_check)
        QWidget.setTabOrder(self.recording_consent_check, self.holidays_list)
        QWidget.setTabOrder(self.holidays_list, self.holiday_date_edit)
        QWidget.setTabOrder(self.holiday_date_edit, self.holiday_yearly_check)
        QWidget.setTabOrder(self.holiday_yearly_check, self.add_holiday_button)
        QWidget.setTabOrder(self.add_holiday_button, self.remove_holiday_button)
        QWidget.setTabOrder(self.remove_holiday_button, self.caller_id_list)
        QWidget.setTabOrder(self.caller_id_list, self.caller_id_edit)
        QWidget.setTabOrder(self.caller_id_edit, self.add_caller_id_button)
        QWidget.setTabOrder(self.add_caller_id_button, self.remove_caller_id_button)
        QWidget.setTabOrder(self.remove_caller_id_button, self.save_button)

        self.retranslateUi(SettingsAccountPage)

        QMetaObject.connectSlotsByName(SettingsAccountPage)
    # setupUi

    def retranslateUi(self, SettingsAccountPage):
        self.account_hint.setText(QCoreApplication.translate("SettingsAccountPage", u"Your workspace: its name, its time zone (Cadence Hours are read in it) and the rules every cadence follows.", None))
        self.workspace_group.setTitle(QCoreApplication.translate("SettingsAccountPage", u"Workspace", None))
        self.name_label.setText(QCoreApplication.translate("SettingsAccountPage", u"Name", None))
        self.time_zone_label.setText(QCoreApplication.translate("SettingsAccountPage", u"Time zone", None))
#if QT_CONFIG(tooltip)
        self.time_zone_combo.setToolTip(QCoreApplication.translate("SettingsAccountPage", u"Cadence Hours and holidays are read in this time zone; type part of a city to find it", None))
#endif // QT_CONFIG(tooltip)
        self.country_label.setText(QCoreApplication.translate("SettingsAccountPage", u"Country for numbers", None))
#if QT_CONFIG(tooltip)
        self.country_combo.setToolTip(QCoreApplication.translate("SettingsAccountPage", u"A phone number typed without a country code is read as a number of this country", None))
#endif // QT_CONFIG(tooltip)
        self.default_sender_label.setText(QCoreApplication.translate("SettingsAccountPage", u"Default SMS sender", None))
        self.default_sender_edit.setPlaceholderText(QCoreApplication.translate("SettingsAccountPage", u"e.g. +1 512 555 0100", None))
#if QT_CONFIG(tooltip)
        self.default_sender_edit.setToolTip(QCoreApplication.translate("SettingsAccountPage", u"Texts sent before an agent owns the lead come from this number; leave empty for none", None))
#endif // QT_CONFIG(tooltip)
        self.prompt_timeout_label.setText(QCoreApplication.translate("SettingsAccountPage", u"Call prompt timeout", None))
#if QT_CONFIG(tooltip)
        self.prompt_timeout_spin.setToolTip(QCoreApplication.translate("SettingsAccountPage", u"How long a call prompt waits for an agent to accept before the call counts as unanswered", None))
#endif // QT_CONFIG(tooltip)
        self.prompt_timeout_spin.setSuffix(QCoreApplication.translate("SettingsAccountPage", u" s", None))
        self.guards_group.setTitle(QCoreApplication.translate("SettingsAccountPage", u"Calling rules", None))
        self.quiet_hours_check.setText(QCoreApplication.translate("SettingsAccountPage", u"Quiet-hours guard: calls and texts only between 08:00 and 21:00 in the contact's time zone", None))
        self.compliance_check.setText(QCoreApplication.translate("SettingsAccountPage", u"Jurisdiction rules: legal calling hours and call limits of the contact's state or country", None))
        self.recording_consent_check.setText(QCoreApplication.translate("SettingsAccountPage", u"Record calls: each call the agents make or take is recorded, and they tell the contact first that it may be", None))
        self.holidays_group.setTitle(QCoreApplication.translate("SettingsAccountPage", u"Holidays", None))
        self.holidays_hint.setText(QCoreApplication.translate("SettingsAccountPage", u"Cadence Hours stay closed all day on these days, in the workspace's time zone. Tick Every year for a holiday on the same date each year (Feb 29 then closes in leap years only).", None))
#if QT_CONFIG(accessibility)
        self.holidays_list.setAccessibleName(QCoreApplication.translate("SettingsAccountPage", u"Holidays", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.holiday_date_edit.setAccessibleName(QCoreApplication.translate("SettingsAccountPage", u"Holiday date", None))
#endif // QT_CONFIG(accessibility)
        self.holiday_date_edit.setDisplayFormat(QCoreApplication.translate("SettingsAccountPage", u"yyyy-MM-dd", None))
        self.holiday_yearly_check.setText(QCoreApplication.translate("SettingsAccountPage", u"Every year", None))
#if QT_CONFIG(tooltip)
        self.holiday_yearly_check.setToolTip(QCoreApplication.translate("SettingsAccountPage", u"Close this month and day every year, e.g. Dec 25", None))
#endif // QT_CONFIG(tooltip)
        self.add_holiday_button.setText(QCoreApplication.translate("SettingsAccountPage", u"Add", None))
        self.remove_holiday_button.setText(QCoreApplication.translate("SettingsAccountPage", u"Remove", None))
        self.caller_id_group.setTitle(QCoreApplication.translate("SettingsAccountPage", u"Caller-ID pool (local presence)", None))
        self.caller_id_hint.setText(QCoreApplication.translate("SettingsAccountPage", u"Calls show the pool's number with the contact's area code (else one of the contact's country); with none, the agent's own number.", None))
#if QT_CONFIG(accessibility)
        self.caller_id_list.setAccessibleName(QCoreApplication.translate("SettingsAccountPage", u"Caller-ID pool", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caller_id_edit.setAccessibleName(QCoreApplication.translate("SettingsAccountPage", u"Number to add", None))
#endif // QT_CONFIG(accessibility)
        self.caller_id_edit.setPlaceholderText(QCoreApplication.translate("SettingsAccountPage", u"e.g. +1 512 555 0111", None))
        self.add_caller_id_button.setText(QCoreApplication.translate("SettingsAccountPage", u"Add", None))
        self.remove_caller_id_button.setText(QCoreApplication.translate("SettingsAccountPage", u"Remove", None))
        self.save_button.setText(QCoreApplication.translate("SettingsAccountPage", u"Save", None))
        pass
    # retranslateUi


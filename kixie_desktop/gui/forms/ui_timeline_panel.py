# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'timeline_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateTimeEdit,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_TimelinePanel(object):
    def setupUi(self, TimelinePanel):
        if not TimelinePanel.objectName():
            TimelinePanel.setObjectName(u"TimelinePanel")
        self.timeline_layout = QVBoxLayout(TimelinePanel)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_layout.setContentsMargins(0, 0, 0, 0)
        self.timeline_hint = QLabel(TimelinePanel)
        self.timeline_hint.setObjectName(u"timeline_hint")
        self.timeline_hint.setWordWrap(True)

        self.timeline_layout.addWidget(self.timeline_hint)

        self.sample_form = QFormLayout()
        self.sample_form.setObjectName(u"sample_form")
        self.sample_zone_label = QLabel(TimelinePanel)
        self.sample_zone_label.setObjectName(u"sample_zone_label")

        self.sample_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sample_zone_label)

        self.sample_zone_combo = QComboBox(TimelinePanel)
        self.sample_zone_combo.setObjectName(u"sample_zone_combo")
        self.sample_zone_combo.setEditable(True)
        self.sample_zone_combo.setMinimumSize(QSize(260, 0))

        self.sample_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sample_zone_combo)

        self.sample_phone_label = QLabel(TimelinePanel)
        self.sample_phone_label.setObjectName(u"sample_phone_label")

        self.sample_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sample_phone_label)

        self.sample_phone_edit = QLineEdit(TimelinePanel)
        self.sample_phone_edit.setObjectName(u"sample_phone_edit")

        self.sample_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sample_phone_edit)

        self.start_label = QLabel(TimelinePanel)
        self.start_label.setObjectName(u"start_label")

        self.sample_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_row = QHBoxLayout()
        self.start_row.setObjectName(u"start_row")
        self.start_edit = QDateTimeEdit(TimelinePanel)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)

        self.start_row.addWidget(self.start_edit)

        self.start_zone_label = QLabel(TimelinePanel)
        self.start_zone_label.setObjectName(u"start_zone_label")

        self.start_row.addWidget(self.start_zone_label)

        self.start_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.start_row.addItem(self.start_spacer)


        self.sample_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.start_row)

        self.call_minutes_label = QLabel(TimelinePanel)
        self.call_minutes_label.setObjectName(u"call_minutes_label")

        self.sample_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.call_minutes_label)

        self.call_minutes_row = QHBoxLayout()
        self.call_minutes_row.setObjectName(u"call_minutes_row")
        self.call_minutes_spin = QSpinBox(TimelinePanel)
        self.call_minutes_spin.setObjectName(u"call_minutes_spin")
        self.call_minutes_spin.setMinimum(0)
        self.call_minutes_spin.setMaximum(240)
        self.call_minutes_spin.setValue(5)

        self.call_minutes_row.addWidget(self.call_minutes_spin)

        self.call_minutes_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.call_minutes_row.addItem(self.call_minutes_spacer)

        self.refresh_button = QPushButton(TimelinePanel)
        self.refresh_button.setObjectName(u"refresh_button")

        self.call_minutes_row.addWidget(self.refresh_button)


        self.sample_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.call_minutes_row)


        self.timeline_layout.addLayout(self.sample_form)

        self.preview_error = QLabel(TimelinePanel)
        self.preview_error.setObjectName(u"preview_error")
        self.preview_error.setWordWrap(True)
        self.preview_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.timeline_layout.addWidget(self.preview_error)

        self.timeline_view = QTableView(TimelinePanel)
        self.timeline_view.setObjectName(u"timeline_view")
        self.timeline_view.setAlternatingRowColors(True)
        self.timeline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_view.setWordWrap(True)

        self.timeline_layout.addWidget(self.timeline_view)

        self.assumptions_label = QLabel(TimelinePanel)
        self.assumptions_label.setObjectName(u"assumptions_label")
        self.assumptions_label.setWordWrap(True)

        self.timeline_layout.addWidget(self.assumptions_label)


        self.retranslateUi(TimelinePanel)

        QMetaObject.connectSlotsByName(TimelinePanel)
    # setupUi

    def retranslateUi(self, TimelinePanel):
        self.timeline_hint.setText(QCoreApplication.translate("TimelinePanel", u"When each action would run for a sample contact, and why it waits \u2014 computed by the same code the engine runs. Nothing is saved or sent.", None))
        self.sample_zone_label.setText(QCoreApplication.translate("TimelinePanel", u"Contact time zone", None))
        self.sample_phone_label.setText(QCoreApplication.translate("TimelinePanel", u"or phone number", None))
        self.sample_phone_edit.setPlaceholderText(QCoreApplication.translate("TimelinePanel", u"e.g. +1 312 555 0100 (optional)", None))
        self.start_label.setText(QCoreApplication.translate("TimelinePanel", u"Enrolled at", None))
        self.start_edit.setDisplayFormat(QCoreApplication.translate("TimelinePanel", u"yyyy-MM-dd HH:mm", None))
        self.start_zone_label.setText("")
        self.call_minutes_label.setText(QCoreApplication.translate("TimelinePanel", u"Each call takes", None))
        self.call_minutes_spin.setSuffix(QCoreApplication.translate("TimelinePanel", u" min", None))
        self.refresh_button.setText(QCoreApplication.translate("TimelinePanel", u"Preview", None))
        self.assumptions_label.setText("")
        pass
    # retranslateUi


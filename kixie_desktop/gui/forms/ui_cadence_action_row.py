# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_action_row.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFrame,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QToolButton, QVBoxLayout,
    QWidget)

class Ui_CadenceActionRow(object):
    def setupUi(self, CadenceActionRow):
        if not CadenceActionRow.objectName():
            CadenceActionRow.setObjectName(u"CadenceActionRow")
        CadenceActionRow.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(CadenceActionRow.sizePolicy().hasHeightForWidth())
        CadenceActionRow.setSizePolicy(sizePolicy)
        self.action_row_layout = QVBoxLayout(CadenceActionRow)
        self.action_row_layout.setObjectName(u"action_row_layout")
        self.action_row_layout.setContentsMargins(0, 0, 0, 0)
        self.action_fields = QHBoxLayout()
        self.action_fields.setObjectName(u"action_fields")
        self.step_label = QLabel(CadenceActionRow)
        self.step_label.setObjectName(u"step_label")

        self.action_fields.addWidget(self.step_label)

        self.type_label = QLabel(CadenceActionRow)
        self.type_label.setObjectName(u"type_label")

        self.action_fields.addWidget(self.type_label)

        self.type_combo = QComboBox(CadenceActionRow)
        self.type_combo.setObjectName(u"type_combo")

        self.action_fields.addWidget(self.type_combo)

        self.after_label = QLabel(CadenceActionRow)
        self.after_label.setObjectName(u"after_label")

        self.action_fields.addWidget(self.after_label)

        self.after_amount = QSpinBox(CadenceActionRow)
        self.after_amount.setObjectName(u"after_amount")
        self.after_amount.setMinimum(0)
        self.after_amount.setMaximum(100000)

        self.action_fields.addWidget(self.after_amount)

        self.after_unit = QComboBox(CadenceActionRow)
        self.after_unit.setObjectName(u"after_unit")

        self.action_fields.addWidget(self.after_unit)

        self.template_label = QLabel(CadenceActionRow)
        self.template_label.setObjectName(u"template_label")

        self.action_fields.addWidget(self.template_label)

        self.template_combo = QComboBox(CadenceActionRow)
        self.template_combo.setObjectName(u"template_combo")
        self.template_combo.setMinimumSize(QSize(200, 0))

        self.action_fields.addWidget(self.template_combo)

        self.action_fields_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_fields.addItem(self.action_fields_spacer)

        self.move_up_button = QToolButton(CadenceActionRow)
        self.move_up_button.setObjectName(u"move_up_button")

        self.action_fields.addWidget(self.move_up_button)

        self.move_down_button = QToolButton(CadenceActionRow)
        self.move_down_button.setObjectName(u"move_down_button")

        self.action_fields.addWidget(self.move_down_button)

        self.remove_button = QToolButton(CadenceActionRow)
        self.remove_button.setObjectName(u"remove_button")

        self.action_fields.addWidget(self.remove_button)


        self.action_row_layout.addLayout(self.action_fields)

        self.retry_fields = QHBoxLayout()
        self.retry_fields.setObjectName(u"retry_fields")
        self.retry_label = QLabel(CadenceActionRow)
        self.retry_label.setObjectName(u"retry_label")

        self.retry_fields.addWidget(self.retry_label)

        self.retry_combo = QComboBox(CadenceActionRow)
        self.retry_combo.setObjectName(u"retry_combo")

        self.retry_fields.addWidget(self.retry_combo)

        self.attempts_label = QLabel(CadenceActionRow)
        self.attempts_label.setObjectName(u"attempts_label")

        self.retry_fields.addWidget(self.attempts_label)

        self.attempts_spin = QSpinBox(CadenceActionRow)
        self.attempts_spin.setObjectName(u"attempts_spin")
        self.attempts_spin.setMinimum(0)
        self.attempts_spin.setMaximum(99)

        self.retry_fields.addWidget(self.attempts_spin)

        self.min_between_label = QLabel(CadenceActionRow)
        self.min_between_label.setObjectName(u"min_between_label")

        self.retry_fields.addWidget(self.min_between_label)

        self.min_between_amount = QSpinBox(CadenceActionRow)
        self.min_between_amount.setObjectName(u"min_between_amount")
        self.min_between_amount.setMinimum(0)
        self.min_between_amount.setMaximum(100000)

        self.retry_fields.addWidget(self.min_between_amount)

        self.min_between_unit = QComboBox(CadenceActionRow)
        self.min_between_unit.setObjectName(u"min_between_unit")

        self.retry_fields.addWidget(self.min_between_unit)

        self.retry_fields_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.retry_fields.addItem(self.retry_fields_spacer)


        self.action_row_layout.addLayout(self.retry_fields)

        self.customize_row = QHBoxLayout()
        self.customize_row.setObjectName(u"customize_row")
        self.customize_check = QCheckBox(CadenceActionRow)
        self.customize_check.setObjectName(u"customize_check")

        self.customize_row.addWidget(self.customize_check)

        self.customize_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.customize_row.addItem(self.customize_spacer)


        self.action_row_layout.addLayout(self.customize_row)

        self.body_edit = QPlainTextEdit(CadenceActionRow)
        self.body_edit.setObjectName(u"body_edit")
        self.body_edit.setMaximumSize(QSize(16777215, 70))
        self.body_edit.setTabChangesFocus(True)

        self.action_row_layout.addWidget(self.body_edit)

        self.blank_field_hint = QLabel(CadenceActionRow)
        self.blank_field_hint.setObjectName(u"blank_field_hint")
        self.blank_field_hint.setWordWrap(True)
        self.blank_field_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.action_row_layout.addWidget(self.blank_field_hint)

        self.error_label = QLabel(CadenceActionRow)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.action_row_layout.addWidget(self.error_label)


        self.retranslateUi(CadenceActionRow)

        QMetaObject.connectSlotsByName(CadenceActionRow)
    # setupUi

    def retranslateUi(self, CadenceActionRow):
        self.step_label.setText(QCoreApplication.translate("CadenceActionRow", u"1", None))
        self.type_label.setText(QCoreApplication.translate("CadenceActionRow", u"Type", None))
        self.after_label.setText(QCoreApplication.translate("CadenceActionRow", u"After", None))
        self.template_label.setText(QCoreApplication.translate("CadenceActionRow", u"Template", None))
        self.move_up_button.setText(QCoreApplication.translate("CadenceActionRow", u"\u25b2", None))
#if QT_CONFIG(tooltip)
        self.move_up_button.setToolTip(QCoreApplication.translate("CadenceActionRow", u"Move up", None))
#endif // QT_CONFIG(tooltip)
        self.move_down_button.setText(QCoreApplication.translate("CadenceActionRow", u"\u25bc", None))
#if QT_CONFIG(tooltip)
        self.move_down_button.setToolTip(QCoreApplication.translate("CadenceActionRow", u"Move down", None))
#endif // QT_CONFIG(tooltip)
        self.remove_button.setText(QCoreApplication.translate("CadenceActionRow", u"\u2715", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("CadenceActionRow", u"Remove this action", None))
#endif // QT_CONFIG(tooltip)
        self.retry_label.setText(QCoreApplication.translate("CadenceActionRow", u"Retry", None))
        self.attempts_label.setText(QCoreApplication.translate("CadenceActionRow", u"Attempts", None))
        self.min_between_label.setText(QCoreApplication.translate("CadenceActionRow", u"Min. Duration Between Attempts", None))
        self.customize_check.setText(QCoreApplication.translate("CadenceActionRow", u"Customize Message", None))
        pass
    # retranslateUi


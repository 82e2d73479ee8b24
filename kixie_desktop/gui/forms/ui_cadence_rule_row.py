# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_rule_row.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout,
    QLabel, QSizePolicy, QSpacerItem, QToolButton,
    QVBoxLayout, QWidget)

class Ui_CadenceRuleRow(object):
    def setupUi(self, CadenceRuleRow):
        if not CadenceRuleRow.objectName():
            CadenceRuleRow.setObjectName(u"CadenceRuleRow")
        CadenceRuleRow.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(CadenceRuleRow.sizePolicy().hasHeightForWidth())
        CadenceRuleRow.setSizePolicy(sizePolicy)
        self.rule_row_layout = QVBoxLayout(CadenceRuleRow)
        self.rule_row_layout.setObjectName(u"rule_row_layout")
        self.rule_row_layout.setContentsMargins(0, 0, 0, 0)
        self.rule_fields = QHBoxLayout()
        self.rule_fields.setObjectName(u"rule_fields")
        self.disposition_label = QLabel(CadenceRuleRow)
        self.disposition_label.setObjectName(u"disposition_label")

        self.rule_fields.addWidget(self.disposition_label)

        self.disposition_combo = QComboBox(CadenceRuleRow)
        self.disposition_combo.setObjectName(u"disposition_combo")
        self.disposition_combo.setMinimumSize(QSize(160, 0))

        self.rule_fields.addWidget(self.disposition_combo)

        self.action_label = QLabel(CadenceRuleRow)
        self.action_label.setObjectName(u"action_label")

        self.rule_fields.addWidget(self.action_label)

        self.action_combo = QComboBox(CadenceRuleRow)
        self.action_combo.setObjectName(u"action_combo")

        self.rule_fields.addWidget(self.action_combo)

        self.cadence_label = QLabel(CadenceRuleRow)
        self.cadence_label.setObjectName(u"cadence_label")

        self.rule_fields.addWidget(self.cadence_label)

        self.cadence_combo = QComboBox(CadenceRuleRow)
        self.cadence_combo.setObjectName(u"cadence_combo")
        self.cadence_combo.setMinimumSize(QSize(180, 0))

        self.rule_fields.addWidget(self.cadence_combo)

        self.rule_fields_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rule_fields.addItem(self.rule_fields_spacer)

        self.remove_button = QToolButton(CadenceRuleRow)
        self.remove_button.setObjectName(u"remove_button")

        self.rule_fields.addWidget(self.remove_button)


        self.rule_row_layout.addLayout(self.rule_fields)

        self.error_label = QLabel(CadenceRuleRow)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rule_row_layout.addWidget(self.error_label)


        self.retranslateUi(CadenceRuleRow)

        QMetaObject.connectSlotsByName(CadenceRuleRow)
    # setupUi

    def retranslateUi(self, CadenceRuleRow):
        self.disposition_label.setText(QCoreApplication.translate("CadenceRuleRow", u"Disposition", None))
        self.action_label.setText(QCoreApplication.translate("CadenceRuleRow", u"Action", None))
        self.cadence_label.setText(QCoreApplication.translate("CadenceRuleRow", u"Cadence", None))
        self.remove_button.setText(QCoreApplication.translate("CadenceRuleRow", u"\u2715", None))
#if QT_CONFIG(tooltip)
        self.remove_button.setToolTip(QCoreApplication.translate("CadenceRuleRow", u"Remove this rule", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_dispositions_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_CadenceDispositionsPage(object):
    def setupUi(self, CadenceDispositionsPage):
        if not CadenceDispositionsPage.objectName():
            CadenceDispositionsPage.setObjectName(u"CadenceDispositionsPage")
        self.dispositions_layout = QVBoxLayout(CadenceDispositionsPage)
        self.dispositions_layout.setObjectName(u"dispositions_layout")
        self.dispositions_layout.setContentsMargins(0, 0, 0, 0)
        self.dispositions_hint = QLabel(CadenceDispositionsPage)
        self.dispositions_hint.setObjectName(u"dispositions_hint")
        self.dispositions_hint.setWordWrap(True)

        self.dispositions_layout.addWidget(self.dispositions_hint)

        self.rules_scroll = QScrollArea(CadenceDispositionsPage)
        self.rules_scroll.setObjectName(u"rules_scroll")
        self.rules_scroll.setWidgetResizable(True)
        self.rules_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.rules_contents = QWidget()
        self.rules_contents.setObjectName(u"rules_contents")
        self.rules_contents_layout = QVBoxLayout(self.rules_contents)
        self.rules_contents_layout.setObjectName(u"rules_contents_layout")
        self.rules_empty_label = QLabel(self.rules_contents)
        self.rules_empty_label.setObjectName(u"rules_empty_label")

        self.rules_contents_layout.addWidget(self.rules_empty_label)

        self.rule_rows_layout = QVBoxLayout()
        self.rule_rows_layout.setObjectName(u"rule_rows_layout")

        self.rules_contents_layout.addLayout(self.rule_rows_layout)

        self.rules_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rules_contents_layout.addItem(self.rules_bottom_spacer)

        self.rules_scroll.setWidget(self.rules_contents)

        self.dispositions_layout.addWidget(self.rules_scroll)

        self.rules_footer = QHBoxLayout()
        self.rules_footer.setObjectName(u"rules_footer")
        self.add_rule_button = QPushButton(CadenceDispositionsPage)
        self.add_rule_button.setObjectName(u"add_rule_button")

        self.rules_footer.addWidget(self.add_rule_button)

        self.rules_error = QLabel(CadenceDispositionsPage)
        self.rules_error.setObjectName(u"rules_error")
        self.rules_error.setWordWrap(True)
        self.rules_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.rules_footer.addWidget(self.rules_error)

        self.rules_footer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rules_footer.addItem(self.rules_footer_spacer)


        self.dispositions_layout.addLayout(self.rules_footer)


        self.retranslateUi(CadenceDispositionsPage)

        QMetaObject.connectSlotsByName(CadenceDispositionsPage)
    # setupUi

    def retranslateUi(self, CadenceDispositionsPage):
        self.dispositions_hint.setText(QCoreApplication.translate("CadenceDispositionsPage", u"What a call disposition does to the contact's enrollment. A disposition without a rule moves on to the next action.", None))
        self.rules_empty_label.setText(QCoreApplication.translate("CadenceDispositionsPage", u"No disposition rules: every disposition moves on to the next action.", None))
        self.add_rule_button.setText(QCoreApplication.translate("CadenceDispositionsPage", u"+ Add Disposition Rule", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cadence_actions_page.ui'
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

class Ui_CadenceActionsPage(object):
    def setupUi(self, CadenceActionsPage):
        if not CadenceActionsPage.objectName():
            CadenceActionsPage.setObjectName(u"CadenceActionsPage")
        self.actions_layout = QVBoxLayout(CadenceActionsPage)
        self.actions_layout.setObjectName(u"actions_layout")
        self.actions_layout.setContentsMargins(0, 0, 0, 0)
        self.actions_hint = QLabel(CadenceActionsPage)
        self.actions_hint.setObjectName(u"actions_hint")
        self.actions_hint.setWordWrap(True)

        self.actions_layout.addWidget(self.actions_hint)

        self.actions_scroll = QScrollArea(CadenceActionsPage)
        self.actions_scroll.setObjectName(u"actions_scroll")
        self.actions_scroll.setWidgetResizable(True)
        self.actions_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.actions_contents = QWidget()
        self.actions_contents.setObjectName(u"actions_contents")
        self.actions_contents_layout = QVBoxLayout(self.actions_contents)
        self.actions_contents_layout.setObjectName(u"actions_contents_layout")
        self.actions_empty_label = QLabel(self.actions_contents)
        self.actions_empty_label.setObjectName(u"actions_empty_label")

        self.actions_contents_layout.addWidget(self.actions_empty_label)

        self.action_rows_layout = QVBoxLayout()
        self.action_rows_layout.setObjectName(u"action_rows_layout")

        self.actions_contents_layout.addLayout(self.action_rows_layout)

        self.actions_bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actions_contents_layout.addItem(self.actions_bottom_spacer)

        self.actions_scroll.setWidget(self.actions_contents)

        self.actions_layout.addWidget(self.actions_scroll)

        self.actions_footer = QHBoxLayout()
        self.actions_footer.setObjectName(u"actions_footer")
        self.add_action_button = QPushButton(CadenceActionsPage)
        self.add_action_button.setObjectName(u"add_action_button")

        self.actions_footer.addWidget(self.add_action_button)

        self.actions_error = QLabel(CadenceActionsPage)
        self.actions_error.setObjectName(u"actions_error")
        self.actions_error.setWordWrap(True)
        self.actions_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actions_footer.addWidget(self.actions_error)

        self.actions_footer_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_footer.addItem(self.actions_footer_spacer)


        self.actions_layout.addLayout(self.actions_footer)


        self.retranslateUi(CadenceActionsPage)

        QMetaObject.connectSlotsByName(CadenceActionsPage)
    # setupUi

    def retranslateUi(self, CadenceActionsPage):
        self.actions_hint.setText(QCoreApplication.translate("CadenceActionsPage", u"Calls and SMS messages, in order. Each action's After delay counts from enrollment for the first action, from the end of the previous action for the others.", None))
        self.actions_empty_label.setText(QCoreApplication.translate("CadenceActionsPage", u"No actions yet: click \u201c+ Add Action\u201d.", None))
        self.add_action_button.setText(QCoreApplication.translate("CadenceActionsPage", u"+ Add Action", None))
        pass
    # retranslateUi


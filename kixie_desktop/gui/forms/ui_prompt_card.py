# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prompt_card.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QWidget)

class Ui_PromptCard(object):
    def setupUi(self, PromptCard):
        if not PromptCard.objectName():
            PromptCard.setObjectName(u"PromptCard")
        PromptCard.setFrameShape(QFrame.Shape.StyledPanel)
        self.card_layout = QGridLayout(PromptCard)
        self.card_layout.setObjectName(u"card_layout")
        self.contact_label = QLabel(PromptCard)
        self.contact_label.setObjectName(u"contact_label")
        self.contact_label.setStyleSheet(u"font-weight: bold;")

        self.card_layout.addWidget(self.contact_label, 0, 0, 1, 1)

        self.countdown_label = QLabel(PromptCard)
        self.countdown_label.setObjectName(u"countdown_label")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.card_layout.addWidget(self.countdown_label, 0, 1, 1, 1)

        self.phone_label = QLabel(PromptCard)
        self.phone_label.setObjectName(u"phone_label")
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.card_layout.addWidget(self.phone_label, 1, 0, 1, 2)

        self.cadence_label = QLabel(PromptCard)
        self.cadence_label.setObjectName(u"cadence_label")

        self.card_layout.addWidget(self.cadence_label, 2, 0, 1, 2)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.accept_button = QPushButton(PromptCard)
        self.accept_button.setObjectName(u"accept_button")

        self.buttons_layout.addWidget(self.accept_button)

        self.skip_button = QPushButton(PromptCard)
        self.skip_button.setObjectName(u"skip_button")

        self.buttons_layout.addWidget(self.skip_button)


        self.card_layout.addLayout(self.buttons_layout, 3, 0, 1, 2)


        self.retranslateUi(PromptCard)

        QMetaObject.connectSlotsByName(PromptCard)
    # setupUi

    def retranslateUi(self, PromptCard):
        self.contact_label.setText(QCoreApplication.translate("PromptCard", u"Contact", None))
#if QT_CONFIG(tooltip)
        self.countdown_label.setToolTip(QCoreApplication.translate("PromptCard", u"Time left to accept this call before it is offered again later", None))
#endif // QT_CONFIG(tooltip)
        self.countdown_label.setText(QCoreApplication.translate("PromptCard", u"0:00", None))
        self.phone_label.setText(QCoreApplication.translate("PromptCard", u"Phone", None))
        self.cadence_label.setText(QCoreApplication.translate("PromptCard", u"Cadence \u00b7 attempt 1", None))
        self.accept_button.setText(QCoreApplication.translate("PromptCard", u"Accept", None))
#if QT_CONFIG(tooltip)
        self.skip_button.setToolTip(QCoreApplication.translate("PromptCard", u"Pass on this call: it is not offered to you again and stays open for the other agents", None))
#endif // QT_CONFIG(tooltip)
        self.skip_button.setText(QCoreApplication.translate("PromptCard", u"Skip", None))
        pass
    # retranslateUi


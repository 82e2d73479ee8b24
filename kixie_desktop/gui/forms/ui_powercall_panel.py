# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'powercall_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_PowerCallPanel(object):
    def setupUi(self, PowerCallPanel):
        if not PowerCallPanel.objectName():
            PowerCallPanel.setObjectName(u"PowerCallPanel")
        PowerCallPanel.resize(340, 720)
        self.panel_layout = QVBoxLayout(PowerCallPanel)
        self.panel_layout.setObjectName(u"panel_layout")
        self.availability_layout = QHBoxLayout()
        self.availability_layout.setObjectName(u"availability_layout")
        self.availability_label = QLabel(PowerCallPanel)
        self.availability_label.setObjectName(u"availability_label")

        self.availability_layout.addWidget(self.availability_label)

        self.availability_combo = QComboBox(PowerCallPanel)
        self.availability_combo.setObjectName(u"availability_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.availability_combo.sizePolicy().hasHeightForWidth())
        self.availability_combo.setSizePolicy(sizePolicy)

        self.availability_layout.addWidget(self.availability_combo)


        self.panel_layout.addLayout(self.availability_layout)

        self.status_label = QLabel(PowerCallPanel)
        self.status_label.setObjectName(u"status_label")

        self.panel_layout.addWidget(self.status_label)

        self.message_label = QLabel(PowerCallPanel)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setStyleSheet(u"color: #b00020;")

        self.panel_layout.addWidget(self.message_label)

        self.incoming_frame = QFrame(PowerCallPanel)
        self.incoming_frame.setObjectName(u"incoming_frame")
        self.incoming_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.incoming_layout = QHBoxLayout(self.incoming_frame)
        self.incoming_layout.setObjectName(u"incoming_layout")
        self.incoming_label = QLabel(self.incoming_frame)
        self.incoming_label.setObjectName(u"incoming_label")
        self.incoming_label.setStyleSheet(u"font-weight: bold;")

        self.incoming_layout.addWidget(self.incoming_label)

        self.answer_button = QPushButton(self.incoming_frame)
        self.answer_button.setObjectName(u"answer_button")

        self.incoming_layout.addWidget(self.answer_button)

        self.decline_button = QPushButton(self.incoming_frame)
        self.decline_button.setObjectName(u"decline_button")

        self.incoming_layout.addWidget(self.decline_button)


        self.panel_layout.addWidget(self.incoming_frame)

        self.prompts_group = QGroupBox(PowerCallPanel)
        self.prompts_group.setObjectName(u"prompts_group")
        self.prompts_layout = QVBoxLayout(self.prompts_group)
        self.prompts_layout.setObjectName(u"prompts_layout")
        self.prompts_empty_label = QLabel(self.prompts_group)
        self.prompts_empty_label.setObjectName(u"prompts_empty_label")
        self.prompts_empty_label.setWordWrap(True)

        self.prompts_layout.addWidget(self.prompts_empty_label)

        self.cards_layout = QVBoxLayout()
        self.cards_layout.setObjectName(u"cards_layout")

        self.prompts_layout.addLayout(self.cards_layout)


        self.panel_layout.addWidget(self.prompts_group)

        self.call_layout = QVBoxLayout()
        self.call_layout.setObjectName(u"call_layout")

        self.panel_layout.addLayout(self.call_layout)

        self.disposition_layout = QVBoxLayout()
        self.disposition_layout.setObjectName(u"disposition_layout")

        self.panel_layout.addLayout(self.disposition_layout)

        self.manual_group = QGroupBox(PowerCallPanel)
        self.manual_group.setObjectName(u"manual_group")
        self.manual_layout = QHBoxLayout(self.manual_group)
        self.manual_layout.setObjectName(u"manual_layout")
        self.manual_number_edit = QLineEdit(self.manual_group)
        self.manual_number_edit.setObjectName(u"manual_number_edit")
        self.manual_number_edit.setClearButtonEnabled(True)

        self.manual_layout.addWidget(self.manual_number_edit)

        self.manual_dial_button = QPushButton(self.manual_group)
        self.manual_dial_button.setObjectName(u"manual_dial_button")

        self.manual_layout.addWidget(self.manual_dial_button)


        self.panel_layout.addWidget(self.manual_group)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panel_layout.addItem(self.bottom_spacer)

#if QT_CONFIG(shortcut)
        self.availability_label.setBuddy(self.availability_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PowerCallPanel)

        QMetaObject.connectSlotsByName(PowerCallPanel)
    # setupUi

    def retranslateUi(self, PowerCallPanel):
        self.availability_label.setText(QCoreApplication.translate("PowerCallPanel", u"&Status", None))
        self.status_label.setText("")
        self.message_label.setText("")
        self.incoming_label.setText(QCoreApplication.translate("PowerCallPanel", u"Incoming call", None))
        self.answer_button.setText(QCoreApplication.translate("PowerCallPanel", u"&Answer", None))
        self.decline_button.setText(QCoreApplication.translate("PowerCallPanel", u"&Decline", None))
        self.prompts_group.setTitle(QCoreApplication.translate("PowerCallPanel", u"Call prompts", None))
        self.prompts_empty_label.setText(QCoreApplication.translate("PowerCallPanel", u"Set yourself Available to receive call prompts.", None))
        self.manual_group.setTitle(QCoreApplication.translate("PowerCallPanel", u"Manual dial", None))
        self.manual_number_edit.setPlaceholderText(QCoreApplication.translate("PowerCallPanel", u"Phone number, e.g. (512) 555-0100", None))
        self.manual_dial_button.setText(QCoreApplication.translate("PowerCallPanel", u"&Call", None))
        pass
    # retranslateUi


# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dialpad.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QLabel, QPushButton,
    QSizePolicy, QWidget)

class Ui_Dialpad(object):
    def setupUi(self, Dialpad):
        if not Dialpad.objectName():
            Dialpad.setObjectName(u"Dialpad")
        self.keys_layout = QGridLayout(Dialpad)
        self.keys_layout.setObjectName(u"keys_layout")
        self.digit_1_button = QPushButton(Dialpad)
        self.digit_1_button.setObjectName(u"digit_1_button")
        self.digit_1_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_1_button, 0, 0, 1, 1)

        self.digit_2_button = QPushButton(Dialpad)
        self.digit_2_button.setObjectName(u"digit_2_button")
        self.digit_2_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_2_button, 0, 1, 1, 1)

        self.digit_3_button = QPushButton(Dialpad)
        self.digit_3_button.setObjectName(u"digit_3_button")
        self.digit_3_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_3_button, 0, 2, 1, 1)

        self.digit_4_button = QPushButton(Dialpad)
        self.digit_4_button.setObjectName(u"digit_4_button")
        self.digit_4_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_4_button, 1, 0, 1, 1)

        self.digit_5_button = QPushButton(Dialpad)
        self.digit_5_button.setObjectName(u"digit_5_button")
        self.digit_5_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_5_button, 1, 1, 1, 1)

        self.digit_6_button = QPushButton(Dialpad)
        self.digit_6_button.setObjectName(u"digit_6_button")
        self.digit_6_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_6_button, 1, 2, 1, 1)

        self.digit_7_button = QPushButton(Dialpad)
        self.digit_7_button.setObjectName(u"digit_7_button")
        self.digit_7_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_7_button, 2, 0, 1, 1)

        self.digit_8_button = QPushButton(Dialpad)
        self.digit_8_button.setObjectName(u"digit_8_button")
        self.digit_8_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_8_button, 2, 1, 1, 1)

        self.digit_9_button = QPushButton(Dialpad)
        self.digit_9_button.setObjectName(u"digit_9_button")
        self.digit_9_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_9_button, 2, 2, 1, 1)

        self.digit_star_button = QPushButton(Dialpad)
        self.digit_star_button.setObjectName(u"digit_star_button")
        self.digit_star_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_star_button, 3, 0, 1, 1)

        self.digit_0_button = QPushButton(Dialpad)
        self.digit_0_button.setObjectName(u"digit_0_button")
        self.digit_0_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_0_button, 3, 1, 1, 1)

        self.digit_hash_button = QPushButton(Dialpad)
        self.digit_hash_button.setObjectName(u"digit_hash_button")
        self.digit_hash_button.setAutoDefault(False)

        self.keys_layout.addWidget(self.digit_hash_button, 3, 2, 1, 1)

        self.sent_label = QLabel(Dialpad)
        self.sent_label.setObjectName(u"sent_label")

        self.keys_layout.addWidget(self.sent_label, 4, 0, 1, 3)


        self.retranslateUi(Dialpad)

        QMetaObject.connectSlotsByName(Dialpad)
    # setupUi

    def retranslateUi(self, Dialpad):
        self.digit_1_button.setText(QCoreApplication.translate("Dialpad", u"1", None))
        self.digit_2_button.setText(QCoreApplication.translate("Dialpad", u"2", None))
        self.digit_3_button.setText(QCoreApplication.translate("Dialpad", u"3", None))
        self.digit_4_button.setText(QCoreApplication.translate("Dialpad", u"4", None))
        self.digit_5_button.setText(QCoreApplication.translate("Dialpad", u"5", None))
        self.digit_6_button.setText(QCoreApplication.translate("Dialpad", u"6", None))
        self.digit_7_button.setText(QCoreApplication.translate("Dialpad", u"7", None))
        self.digit_8_button.setText(QCoreApplication.translate("Dialpad", u"8", None))
        self.digit_9_button.setText(QCoreApplication.translate("Dialpad", u"9", None))
        self.digit_star_button.setText(QCoreApplication.translate("Dialpad", u"*", None))
        self.digit_0_button.setText(QCoreApplication.translate("Dialpad", u"0", None))
        self.digit_hash_button.setText(QCoreApplication.translate("Dialpad", u"#", None))
#if QT_CONFIG(tooltip)
        self.sent_label.setToolTip(QCoreApplication.translate("Dialpad", u"Digits sent during this call", None))
#endif // QT_CONFIG(tooltip)
        self.sent_label.setText("")
        pass
    # retranslateUi


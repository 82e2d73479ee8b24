# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'voicemail_drop.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QPushButton,
    QSizePolicy, QWidget)

class Ui_VoicemailDrop(object):
    def setupUi(self, VoicemailDrop):
        if not VoicemailDrop.objectName():
            VoicemailDrop.setObjectName(u"VoicemailDrop")
        self.voicemail_layout = QHBoxLayout(VoicemailDrop)
        self.voicemail_layout.setObjectName(u"voicemail_layout")
        self.voicemail_layout.setContentsMargins(0, 0, 0, 0)
        self.greeting_combo = QComboBox(VoicemailDrop)
        self.greeting_combo.setObjectName(u"greeting_combo")
        self.greeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.greeting_combo.setMinimumContentsLength(12)

        self.voicemail_layout.addWidget(self.greeting_combo)

        self.drop_button = QPushButton(VoicemailDrop)
        self.drop_button.setObjectName(u"drop_button")

        self.voicemail_layout.addWidget(self.drop_button)


        self.retranslateUi(VoicemailDrop)

        QMetaObject.connectSlotsByName(VoicemailDrop)
    # setupUi

    def retranslateUi(self, VoicemailDrop):
#if QT_CONFIG(accessibility)
        self.greeting_combo.setAccessibleName(QCoreApplication.translate("VoicemailDrop", u"Voicemail greeting", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.greeting_combo.setToolTip(QCoreApplication.translate("VoicemailDrop", u"The greeting Leave Voicemail plays (record or import them in Manage \u25b8 Settings \u25b8 Voicemail Greetings)", None))
#endif // QT_CONFIG(tooltip)
        self.drop_button.setText(QCoreApplication.translate("VoicemailDrop", u"Leave &Voicemail", None))
#if QT_CONFIG(tooltip)
        self.drop_button.setToolTip(QCoreApplication.translate("VoicemailDrop", u"The call reached a voicemail box: play the greeting into it, hang up when it ends and save Left Voicemail \u2014 you are free for the next call at once", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


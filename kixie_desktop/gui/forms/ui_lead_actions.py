# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lead_actions.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QSizePolicy,
    QToolButton, QWidget)

class Ui_LeadActions(object):
    def setupUi(self, LeadActions):
        if not LeadActions.objectName():
            LeadActions.setObjectName(u"LeadActions")
        self.lead_actions_layout = QHBoxLayout(LeadActions)
        self.lead_actions_layout.setObjectName(u"lead_actions_layout")
        self.lead_actions_layout.setContentsMargins(0, 0, 0, 0)
        self.pause_button = QToolButton(LeadActions)
        self.pause_button.setObjectName(u"pause_button")
        self.pause_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.lead_actions_layout.addWidget(self.pause_button)

        self.resume_button = QToolButton(LeadActions)
        self.resume_button.setObjectName(u"resume_button")
        self.resume_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.lead_actions_layout.addWidget(self.resume_button)

        self.run_now_button = QToolButton(LeadActions)
        self.run_now_button.setObjectName(u"run_now_button")
        self.run_now_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.lead_actions_layout.addWidget(self.run_now_button)

        self.unenroll_button = QToolButton(LeadActions)
        self.unenroll_button.setObjectName(u"unenroll_button")
        self.unenroll_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.lead_actions_layout.addWidget(self.unenroll_button)

        self.mark_sent_button = QToolButton(LeadActions)
        self.mark_sent_button.setObjectName(u"mark_sent_button")
        self.mark_sent_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.lead_actions_layout.addWidget(self.mark_sent_button)

        self.send_again_button = QToolButton(LeadActions)
        self.send_again_button.setObjectName(u"send_again_button")
        self.send_again_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.lead_actions_layout.addWidget(self.send_again_button)

        self.message_label = QLabel(LeadActions)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.message_label.sizePolicy().hasHeightForWidth())
        self.message_label.setSizePolicy(sizePolicy)

        self.lead_actions_layout.addWidget(self.message_label)


        self.retranslateUi(LeadActions)

        QMetaObject.connectSlotsByName(LeadActions)
    # setupUi

    def retranslateUi(self, LeadActions):
#if QT_CONFIG(tooltip)
        self.pause_button.setToolTip(QCoreApplication.translate("LeadActions", u"Pause this lead: its cadence does nothing for it until a date you pick, or until someone resumes it", None))
#endif // QT_CONFIG(tooltip)
        self.pause_button.setText(QCoreApplication.translate("LeadActions", u"Pause\u2026", None))
#if QT_CONFIG(tooltip)
        self.resume_button.setToolTip(QCoreApplication.translate("LeadActions", u"Let this paused lead's cadence carry on; anything that fell due while paused runs now, within calling hours and limits", None))
#endif // QT_CONFIG(tooltip)
        self.resume_button.setText(QCoreApplication.translate("LeadActions", u"Resume", None))
#if QT_CONFIG(tooltip)
        self.run_now_button.setToolTip(QCoreApplication.translate("LeadActions", u"Make this action due now; calling hours, quiet hours and the harassment rule still apply", None))
#endif // QT_CONFIG(tooltip)
        self.run_now_button.setText(QCoreApplication.translate("LeadActions", u"Run now", None))
#if QT_CONFIG(tooltip)
        self.unenroll_button.setToolTip(QCoreApplication.translate("LeadActions", u"Take this lead out of its cadence for good; its pending actions are cancelled", None))
#endif // QT_CONFIG(tooltip)
        self.unenroll_button.setText(QCoreApplication.translate("LeadActions", u"Unenroll\u2026", None))
#if QT_CONFIG(tooltip)
        self.mark_sent_button.setToolTip(QCoreApplication.translate("LeadActions", u"You know this text reached the lead: record it as sent; nothing is sent", None))
#endif // QT_CONFIG(tooltip)
        self.mark_sent_button.setText(QCoreApplication.translate("LeadActions", u"Mark as sent\u2026", None))
#if QT_CONFIG(tooltip)
        self.send_again_button.setToolTip(QCoreApplication.translate("LeadActions", u"You know this text never left: send it once more", None))
#endif // QT_CONFIG(tooltip)
        self.send_again_button.setText(QCoreApplication.translate("LeadActions", u"Send again\u2026", None))
        pass
    # retranslateUi


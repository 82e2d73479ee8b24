# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'analytics_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QApplication, QComboBox,
    QDateEdit, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AnalyticsTab(object):
    def setupUi(self, AnalyticsTab):
        if not AnalyticsTab.objectName():
            AnalyticsTab.setObjectName(u"AnalyticsTab")
        self.analytics_layout = QVBoxLayout(AnalyticsTab)
        self.analytics_layout.setObjectName(u"analytics_layout")
        self.filters_layout = QHBoxLayout()
        self.filters_layout.setObjectName(u"filters_layout")
        self.cadence_caption = QLabel(AnalyticsTab)
        self.cadence_caption.setObjectName(u"cadence_caption")
        self.cadence_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.filters_layout.addWidget(self.cadence_caption)

        self.cadence_combo = QComboBox(AnalyticsTab)
        self.cadence_combo.setObjectName(u"cadence_combo")
        self.cadence_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.cadence_combo)

        self.from_caption = QLabel(AnalyticsTab)
        self.from_caption.setObjectName(u"from_caption")
        self.from_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.filters_layout.addWidget(self.from_caption)

        self.first_day_edit = QDateEdit(AnalyticsTab)
        self.first_day_edit.setObjectName(u"first_day_edit")
        self.first_day_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.first_day_edit)

        self.to_caption = QLabel(AnalyticsTab)
        self.to_caption.setObjectName(u"to_caption")
        self.to_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.filters_layout.addWidget(self.to_caption)

        self.last_day_edit = QDateEdit(AnalyticsTab)
        self.last_day_edit.setObjectName(u"last_day_edit")
        self.last_day_edit.setCalendarPopup(True)

        self.filters_layout.addWidget(self.last_day_edit)

        self.agent_caption = QLabel(AnalyticsTab)
        self.agent_caption.setObjectName(u"agent_caption")
        self.agent_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.filters_layout.addWidget(self.agent_caption)

        self.agent_combo = QComboBox(AnalyticsTab)
        self.agent_combo.setObjectName(u"agent_combo")
        self.agent_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filters_layout.addWidget(self.agent_combo)

        self.refresh_button = QPushButton(AnalyticsTab)
        self.refresh_button.setObjectName(u"refresh_button")

        self.filters_layout.addWidget(self.refresh_button)

        self.filters_spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters_layout.addItem(self.filters_spacer)

        self.export_button = QPushButton(AnalyticsTab)
        self.export_button.setObjectName(u"export_button")

        self.filters_layout.addWidget(self.export_button)


        self.analytics_layout.addLayout(self.filters_layout)

        self.whose_label = QLabel(AnalyticsTab)
        self.whose_label.setObjectName(u"whose_label")
        self.whose_label.setTextFormat(Qt.TextFormat.PlainText)
        self.whose_label.setWordWrap(True)

        self.analytics_layout.addWidget(self.whose_label)

        self.message_label = QLabel(AnalyticsTab)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.analytics_layout.addWidget(self.message_label)

        self.tiles_layout = QHBoxLayout()
        self.tiles_layout.setObjectName(u"tiles_layout")
        self.enrolled_tile = QLabel(AnalyticsTab)
        self.enrolled_tile.setObjectName(u"enrolled_tile")
        self.enrolled_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.enrolled_tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.enrolled_tile.setMinimumSize(QSize(0, 64))
        self.enrolled_tile.setTextFormat(Qt.TextFormat.RichText)

        self.tiles_layout.addWidget(self.enrolled_tile)

        self.connect_tile = QLabel(AnalyticsTab)
        self.connect_tile.setObjectName(u"connect_tile")
        self.connect_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.connect_tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.connect_tile.setMinimumSize(QSize(0, 64))
        self.connect_tile.setTextFormat(Qt.TextFormat.RichText)

        self.tiles_layout.addWidget(self.connect_tile)

        self.speed_tile = QLabel(AnalyticsTab)
        self.speed_tile.setObjectName(u"speed_tile")
        self.speed_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.speed_tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speed_tile.setMinimumSize(QSize(0, 64))
        self.speed_tile.setTextFormat(Qt.TextFormat.RichText)

        self.tiles_layout.addWidget(self.speed_tile)

        self.texts_tile = QLabel(AnalyticsTab)
        self.texts_tile.setObjectName(u"texts_tile")
        self.texts_tile.setFrameShape(QFrame.Shape.StyledPanel)
        self.texts_tile.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.texts_tile.setMinimumSize(QSize(0, 64))
        self.texts_tile.setTextFormat(Qt.TextFormat.RichText)

        self.tiles_layout.addWidget(self.texts_tile)


        self.analytics_layout.addLayout(self.tiles_layout)

        self.figures_scroll = QScrollArea(AnalyticsTab)
        self.figures_scroll.setObjectName(u"figures_scroll")
        self.figures_scroll.setWidgetResizable(True)
        self.figures_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.figures_panel = QWidget()
        self.figures_panel.setObjectName(u"figures_panel")
        self.figures_layout = QGridLayout(self.figures_panel)
        self.figures_layout.setObjectName(u"figures_layout")
        self.funnel_box = QGroupBox(self.figures_panel)
        self.funnel_box.setObjectName(u"funnel_box")
        self.funnel_box_layout = QHBoxLayout(self.funnel_box)
        self.funnel_box_layout.setObjectName(u"funnel_box_layout")
        self.funnel_chart_host = QWidget(self.funnel_box)
        self.funnel_chart_host.setObjectName(u"funnel_chart_host")
        self.funnel_chart_host.setMinimumSize(QSize(300, 250))
        self.funnel_chart_host_layout = QVBoxLayout(self.funnel_chart_host)
        self.funnel_chart_host_layout.setObjectName(u"funnel_chart_host_layout")
        self.funnel_chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.funnel_box_layout.addWidget(self.funnel_chart_host)

        self.funnel_table = QTableWidget(self.funnel_box)
        self.funnel_table.setObjectName(u"funnel_table")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.funnel_table.sizePolicy().hasHeightForWidth())
        self.funnel_table.setSizePolicy(sizePolicy)
        self.funnel_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.funnel_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.funnel_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.funnel_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.funnel_table.setAlternatingRowColors(True)
        self.funnel_table.setWordWrap(False)
        self.funnel_table.horizontalHeader().setStretchLastSection(True)
        self.funnel_table.verticalHeader().setVisible(False)

        self.funnel_box_layout.addWidget(self.funnel_table)

        self.funnel_box_layout.setStretch(0, 3)
        self.funnel_box_layout.setStretch(1, 2)

        self.figures_layout.addWidget(self.funnel_box, 0, 0, 1, 1)

        self.dispositions_box = QGroupBox(self.figures_panel)
        self.dispositions_box.setObjectName(u"dispositions_box")
        self.dispositions_box_layout = QHBoxLayout(self.dispositions_box)
        self.dispositions_box_layout.setObjectName(u"dispositions_box_layout")
        self.dispositions_chart_host = QWidget(self.dispositions_box)
        self.dispositions_chart_host.setObjectName(u"dispositions_chart_host")
        self.dispositions_chart_host.setMinimumSize(QSize(300, 250))
        self.dispositions_chart_host_layout = QVBoxLayout(self.dispositions_chart_host)
        self.dispositions_chart_host_layout.setObjectName(u"dispositions_chart_host_layout")
        self.dispositions_chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.dispositions_box_layout.addWidget(self.dispositions_chart_host)

        self.dispositions_table = QTableWidget(self.dispositions_box)
        self.dispositions_table.setObjectName(u"dispositions_table")
        sizePolicy.setHeightForWidth(self.dispositions_table.sizePolicy().hasHeightForWidth())
        self.dispositions_table.setSizePolicy(sizePolicy)
        self.dispositions_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.dispositions_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dispositions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dispositions_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.dispositions_table.setAlternatingRowColors(True)
        self.dispositions_table.setWordWrap(False)
        self.dispositions_table.horizontalHeader().setStretchLastSection(True)
        self.dispositions_table.verticalHeader().setVisible(False)

        self.dispositions_box_layout.addWidget(self.dispositions_table)

        self.dispositions_box_layout.setStretch(0, 3)
        self.dispositions_box_layout.setStretch(1, 2)

        self.figures_layout.addWidget(self.dispositions_box, 0, 1, 1, 1)

        self.texts_box = QGroupBox(self.figures_panel)
        self.texts_box.setObjectName(u"texts_box")
        self.texts_box_layout = QHBoxLayout(self.texts_box)
        self.texts_box_layout.setObjectName(u"texts_box_layout")
        self.texts_chart_host = QWidget(self.texts_box)
        self.texts_chart_host.setObjectName(u"texts_chart_host")
        self.texts_chart_host.setMinimumSize(QSize(300, 250))
        self.texts_chart_host_layout = QVBoxLayout(self.texts_chart_host)
        self.texts_chart_host_layout.setObjectName(u"texts_chart_host_layout")
        self.texts_chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.texts_box_layout.addWidget(self.texts_chart_host)

        self.texts_table = QTableWidget(self.texts_box)
        self.texts_table.setObjectName(u"texts_table")
        sizePolicy.setHeightForWidth(self.texts_table.sizePolicy().hasHeightForWidth())
        self.texts_table.setSizePolicy(sizePolicy)
        self.texts_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.texts_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.texts_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.texts_table.setAlternatingRowColors(True)
        self.texts_table.setWordWrap(False)
        self.texts_table.horizontalHeader().setStretchLastSection(True)
        self.texts_table.verticalHeader().setVisible(False)

        self.texts_box_layout.addWidget(self.texts_table)

        self.texts_box_layout.setStretch(0, 3)
        self.texts_box_layout.setStretch(1, 2)

        self.figures_layout.addWidget(self.texts_box, 1, 0, 1, 1)

        self.speed_box = QGroupBox(self.figures_panel)
        self.speed_box.setObjectName(u"speed_box")
        self.speed_box_layout = QHBoxLayout(self.speed_box)
        self.speed_box_layout.setObjectName(u"speed_box_layout")
        self.speed_chart_host = QWidget(self.speed_box)
        self.speed_chart_host.setObjectName(u"speed_chart_host")
        self.speed_chart_host.setMinimumSize(QSize(300, 250))
        self.speed_chart_host_layout = QVBoxLayout(self.speed_chart_host)
        self.speed_chart_host_layout.setObjectName(u"speed_chart_host_layout")
        self.speed_chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.speed_box_layout.addWidget(self.speed_chart_host)

        self.speed_table = QTableWidget(self.speed_box)
        self.speed_table.setObjectName(u"speed_table")
        sizePolicy.setHeightForWidth(self.speed_table.sizePolicy().hasHeightForWidth())
        self.speed_table.setSizePolicy(sizePolicy)
        self.speed_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.speed_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.speed_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speed_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.speed_table.setAlternatingRowColors(True)
        self.speed_table.setWordWrap(False)
        self.speed_table.horizontalHeader().setStretchLastSection(True)
        self.speed_table.verticalHeader().setVisible(False)

        self.speed_box_layout.addWidget(self.speed_table)

        self.speed_box_layout.setStretch(0, 3)
        self.speed_box_layout.setStretch(1, 2)

        self.figures_layout.addWidget(self.speed_box, 1, 1, 1, 1)

        self.agents_box = QGroupBox(self.figures_panel)
        self.agents_box.setObjectName(u"agents_box")
        self.agents_box_layout = QHBoxLayout(self.agents_box)
        self.agents_box_layout.setObjectName(u"agents_box_layout")
        self.agents_chart_host = QWidget(self.agents_box)
        self.agents_chart_host.setObjectName(u"agents_chart_host")
        self.agents_chart_host.setMinimumSize(QSize(300, 250))
        self.agents_chart_host_layout = QVBoxLayout(self.agents_chart_host)
        self.agents_chart_host_layout.setObjectName(u"agents_chart_host_layout")
        self.agents_chart_host_layout.setContentsMargins(0, 0, 0, 0)

        self.agents_box_layout.addWidget(self.agents_chart_host)

        self.agents_table = QTableWidget(self.agents_box)
        self.agents_table.setObjectName(u"agents_table")
        sizePolicy.setHeightForWidth(self.agents_table.sizePolicy().hasHeightForWidth())
        self.agents_table.setSizePolicy(sizePolicy)
        self.agents_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.agents_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agents_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agents_table.setAlternatingRowColors(True)
        self.agents_table.setWordWrap(False)
        self.agents_table.horizontalHeader().setStretchLastSection(True)
        self.agents_table.verticalHeader().setVisible(False)

        self.agents_box_layout.addWidget(self.agents_table)

        self.agents_box_layout.setStretch(0, 2)
        self.agents_box_layout.setStretch(1, 3)

        self.figures_layout.addWidget(self.agents_box, 2, 0, 1, 2)

        self.figures_scroll.setWidget(self.figures_panel)

        self.analytics_layout.addWidget(self.figures_scroll)

        QWidget.setTabOrder(self.cadence_combo, self.first_day_edit)
        QWidget.setTabOrder(self.first_day_edit, self.last_day_edit)
        QWidget.setTabOrder(self.last_day_edit, self.agent_combo)
        QWidget.setTabOrder(self.agent_combo, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.export_button)

        self.retranslateUi(AnalyticsTab)

        QMetaObject.connectSlotsByName(AnalyticsTab)
    # setupUi

    def retranslateUi(self, AnalyticsTab):
        self.cadence_caption.setText(QCoreApplication.translate("AnalyticsTab", u"Cadence", None))
#if QT_CONFIG(tooltip)
        self.cadence_combo.setToolTip(QCoreApplication.translate("AnalyticsTab", u"The cadence whose figures are shown", None))
#endif // QT_CONFIG(tooltip)
        self.from_caption.setText(QCoreApplication.translate("AnalyticsTab", u"From", None))
#if QT_CONFIG(tooltip)
        self.first_day_edit.setToolTip(QCoreApplication.translate("AnalyticsTab", u"The first day counted, in the account's time zone", None))
#endif // QT_CONFIG(tooltip)
        self.first_day_edit.setDisplayFormat(QCoreApplication.translate("AnalyticsTab", u"yyyy-MM-dd", None))
        self.to_caption.setText(QCoreApplication.translate("AnalyticsTab", u"to", None))
#if QT_CONFIG(tooltip)
        self.last_day_edit.setToolTip(QCoreApplication.translate("AnalyticsTab", u"The last day counted (included), in the account's time zone", None))
#endif // QT_CONFIG(tooltip)
        self.last_day_edit.setDisplayFormat(QCoreApplication.translate("AnalyticsTab", u"yyyy-MM-dd", None))
        self.agent_caption.setText(QCoreApplication.translate("AnalyticsTab", u"Agent", None))
#if QT_CONFIG(tooltip)
        self.agent_combo.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Everyone's figures, or one person's leads and calls", None))
#endif // QT_CONFIG(tooltip)
        self.refresh_button.setText(QCoreApplication.translate("AnalyticsTab", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refresh_button.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Count again: the figures move while the cadence runs", None))
#endif // QT_CONFIG(tooltip)
        self.export_button.setText(QCoreApplication.translate("AnalyticsTab", u"&Export CSV\u2026", None))
#if QT_CONFIG(tooltip)
        self.export_button.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Save these figures as a CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.whose_label.setText("")
        self.message_label.setText("")
#if QT_CONFIG(tooltip)
        self.enrolled_tile.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Leads enrolled in these days", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.connect_tile.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Calls whose disposition counts as connected, of the calls whose disposition was saved in these days", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.speed_tile.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Enrollment to the first call dialled or text sent, for the leads enrolled in these days", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.texts_tile.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Texts sent in these days", None))
#endif // QT_CONFIG(tooltip)
        self.funnel_box.setTitle(QCoreApplication.translate("AnalyticsTab", u"Step funnel \u00b7 leads enrolled in these days", None))
#if QT_CONFIG(tooltip)
        self.funnel_table.setToolTip(QCoreApplication.translate("AnalyticsTab", u"How far the leads enrolled in these days got, and how they ended", None))
#endif // QT_CONFIG(tooltip)
        self.dispositions_box.setTitle(QCoreApplication.translate("AnalyticsTab", u"Dispositions \u00b7 calls saved in these days", None))
#if QT_CONFIG(tooltip)
        self.dispositions_table.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Each disposition saved in these days, and whether it counts as connected", None))
#endif // QT_CONFIG(tooltip)
        self.texts_box.setTitle(QCoreApplication.translate("AnalyticsTab", u"Texts \u00b7 ended in these days", None))
#if QT_CONFIG(tooltip)
        self.texts_table.setToolTip(QCoreApplication.translate("AnalyticsTab", u"What became of the cadence's texts that ended in these days", None))
#endif // QT_CONFIG(tooltip)
        self.speed_box.setTitle(QCoreApplication.translate("AnalyticsTab", u"Speed to lead \u00b7 enrollment to first touch", None))
#if QT_CONFIG(tooltip)
        self.speed_table.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Enrollment to the first call dialled or text sent, for the leads enrolled in these days", None))
#endif // QT_CONFIG(tooltip)
        self.agents_box.setTitle(QCoreApplication.translate("AnalyticsTab", u"Agents \u00b7 calls saved in these days", None))
#if QT_CONFIG(tooltip)
        self.agents_table.setToolTip(QCoreApplication.translate("AnalyticsTab", u"Each agent's calls whose disposition they saved in these days", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi


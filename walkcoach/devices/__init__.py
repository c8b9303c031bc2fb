"""Treadmill and heart-rate sensor link over Bluetooth LE (FTMS), without Qt.

Layers, each in its own module: the byte codecs (``ftms``, ``ftms_control``, ``heart_rate``),
the ``uuids`` of the services, the ``transport`` protocol, the treadmill ``controller`` (a state
machine on an injected clock), the in-memory ``virtual`` treadmill, and the transports that
reach real or simulated machines (``bumble_transport``, ``bleak_transport``) plus the bumble
``ftms_server`` that serves the virtual treadmill over real ATT/GATT. Heart rate: the
``hr_monitor`` state machine (events in ``hr_events``), the ``virtual_hr`` sensor and its
in-memory transport, and the bumble ``hr_server`` (bumble's Heart Rate profile). Importing
this package loads no Bluetooth stack: bleak and bumble are imported only by the modules that
need them.
"""

"""Ports: the ``typing.Protocol`` interfaces through which services reach adapters.

One module per family (storage, telephony, integrations); adapters implement
them, tests run one contract suite per port over every implementation.
"""

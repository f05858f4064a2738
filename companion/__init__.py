"""Thigh Pain Companion: an offline companion for pain at the back of the thigh."""

__version__ = "0.1.0"
APP_NAME = "Thigh Pain Companion"

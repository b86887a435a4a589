// Generated from VERSION by `make version`; do not edit.
public let artVersion = "0.1.0"

"""Brightpath Careers' rejectlet pack and rule."""

"""Stage 1, decode: media files become streams of samples a channel can fingerprint.

``video`` gives small grayscale frames at a fixed rate, a window at a time.
"""

"""The audio channel: an original may hold a sound track's fingerprint beside (or instead of) its
pictures, and a stored match says which channels found it.

``originals.audio_peaks`` keeps the spectral peaks (the audio store is derived from them, as the
frame index is from ``codes``), ``audio_duration`` the sound's length and ``audio_state`` whether
the peaks are in the store yet (pending / indexed; NULL when the original has no sound). An
audio-only original has ``frame_count`` 0 and empty ``codes``. ``matches.channel`` is ``video``,
``audio`` or ``video+audio``: a video copied with its sound is one match row, one decision.

Revision ID: 0003_audio_channel
Revises: 0002_upload_identity
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0003_audio_channel"
down_revision = "0002_upload_identity"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("originals", sa.Column("audio_peaks", sa.LargeBinary, nullable=True))
    op.add_column("originals", sa.Column("audio_duration", sa.Float, nullable=True))
    op.add_column("originals", sa.Column("audio_state", sa.String(16), nullable=True))
    op.create_index("ix_originals_audio_state", "originals", ["audio_state"])
    op.add_column("matches", sa.Column("channel", sa.String(16), nullable=False,
                                       server_default="video"))


def downgrade() -> None:
    raise NotImplementedError("audio fingerprints cannot be dropped without losing originals")

"""Stages 4-5, align and decide: index hits of one upload become ``Match`` records
(``matcher`` groups hits per original, ``align`` finds copied segments, ``decide`` scores them)."""

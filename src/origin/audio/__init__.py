"""The audio channel: spectral-peak landmarks of sound tracks, matched through speed and pitch
changes (peaks → landmarks → the store in ``origin.index.audio`` → ``matcher``)."""

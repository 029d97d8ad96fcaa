"""The video channel, stage 2 (fingerprint): where the copied picture sits in a frame
(``regions``), the perceptual hashers (``hashers``) and the views hashed for originals and
uploads (``fingerprint``), handing a ``Fingerprint`` to the index."""

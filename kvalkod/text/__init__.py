"""Text handling: normalisation, offsets, clean-up of PDF/OCR text, speaker turns."""

"""Evidence for a ticket: what a reviewer reads and a notice carries.

A self-contained HTML page (thumbnails inline as data URIs, the plot as inline SVG) showing each
matched segment side by side — frames of the upload and of the original at aligned times — and a
similarity-over-time curve measured on those aligned frames; the same data as JSON next to it.
"""
from __future__ import annotations

import base64
import html
import json
import os
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from origin.catalogue import MatchRecord, Original, Upload
from origin.enforcement import complaints, tickets
from origin.enforcement.models import Complaint
from origin.jobs.inputs import content_hash

# OpenCV's own FFmpeg printed each damaged macroblock of a video it read on stderr ("[h264 @
# 0x...] error while decoding MB 1 9, bytestream -18"), lines amid ``tickets evidence``'s output
# of a file whose usable frames the match had already read (stop 30). It reads this once, at the
# process's first capture; the only captures are ``_read_at``'s. A value set by hand is kept.
os.environ.setdefault("OPENCV_FFMPEG_LOGLEVEL", "-8")         # AV_LOG_QUIET

THUMB_WIDTH = 240
SAMPLES_MAX = 120


@dataclass(frozen=True)
class AlignedPair:
    upload_time: float
    original_time: float
    similarity: float | None         # None where a frame could not be read

    def to_json(self) -> dict:
        return {"upload_time": round(self.upload_time, 2),
                "original_time": round(self.original_time, 2),
                "similarity": None if self.similarity is None else round(self.similarity, 4)}


@dataclass
class Evidence:
    """What a reviewer weighs for one ticket: the JSON record and the aligned thumbnails."""

    data: dict
    thumbnails: list[list[tuple[AlignedPair, str | None, str | None]]]   # per segment

    def plot(self) -> str:
        """The similarity-over-time SVG (or a sentence when there are no samples)."""
        return plot_svg(self.data["similarity"], self.data["segments"])


def collect(session: Session, ticket_id: str) -> Evidence:
    """A ticket's evidence: its notice, match, aligned frames and similarity series."""
    view = tickets.show(session, ticket_id)
    upload = session.get(Upload, view.upload_id)
    original = view.original_id and session.scalar(
        select(Original).where(Original.id == view.original_id))
    match = view.original_id and session.scalar(select(MatchRecord).where(
        MatchRecord.upload_id == view.upload_id, MatchRecord.original_id == view.original_id))
    notice = None
    if view.complaint_id:
        complaint = session.get(Complaint, view.complaint_id)
        notice = complaint and json.loads(complaint.notice)
    data = {"ticket": view.to_json(), "upload": {"id": upload.id, "path": upload.path,
                                                 "uploader": upload.uploader},
            "original": original and {"id": original.id, "path": original.path,
                                      "owner": original.owner, "title": original.title},
            "notice": notice, "match": None, "segments": [], "sound_segments": [],
            "similarity": [], "notes": []}
    thumbnails: list[list[tuple[AlignedPair, str | None, str | None]]] = []
    if match:
        segments = [{"channel": "video", **segment} for segment in json.loads(match.segments)]
        pictures = [segment for segment in segments if segment["channel"] == "video"]
        data["match"] = {"score": match.score, "coverage_upload": match.coverage_upload,
                         "coverage_original": match.coverage_original,
                         "matched_seconds": match.matched_seconds, "channel": match.channel}
        thumbs, pairs = (_frames((upload.path, upload.sha256), (original.path, original.sha256),
                                 pictures, data["notes"])
                         if pictures else ([], []))
        data["segments"] = [{**segment, "thumbnails": [pair.to_json() for pair, _, _ in row]}
                            for segment, row in zip(pictures, thumbs)]
        # The sound's segments: which seconds of the upload play which seconds of the song
        # (speed changes show as unequal spans); no thumbnails to show for sound.
        data["sound_segments"] = [segment for segment in segments if segment["channel"] == "audio"]
        data["similarity"] = [pair.to_json() for pair in pairs]
        thumbnails = thumbs
    else:
        data["notes"].append("no match links this upload to the claimed work: the claimant's "
                             "evidence below is what a reviewer has")
    return Evidence(data, thumbnails)


def write(session: Session, workspace_path: Path, ticket_id: str, out: Path) -> tuple[Path, Path]:
    """Write ``evidence.html`` and ``evidence.json`` for a ticket into ``out``."""
    evidence = collect(session, ticket_id)
    out.mkdir(parents=True, exist_ok=True)
    json_path, html_path = out / "evidence.json", out / "evidence.html"
    json_path.write_text(json.dumps(evidence.data, ensure_ascii=False, indent=2),
                         encoding="utf-8")
    html_path.write_text(_page(evidence, workspace_path), encoding="utf-8")
    return html_path, json_path


# --- frames ----------------------------------------------------------------------------------

def _aligned(segment: dict, upload_time: float) -> float:
    span = segment["upload_end"] - segment["upload_start"]
    rate = (segment["original_end"] - segment["original_start"]) / span if span > 0 else 1.0
    return segment["original_start"] + (upload_time - segment["upload_start"]) * rate


def _frames(upload: tuple[str, str], original: tuple[str, str], segments: list[dict],
            notes: list[str]):
    """Thumbnail triples per segment and the similarity series, decoding each video once;
    ``upload`` and ``original`` are each a path and the SHA-256 its bytes had when matched."""
    thumb_times = [[s["upload_start"] + f * (s["upload_end"] - s["upload_start"])
                    for f in (0.1, 0.5, 0.9)] for s in segments]
    covered = sum(s["upload_end"] - s["upload_start"] for s in segments)
    step = max(0.5, covered / SAMPLES_MAX)
    series = [(segment, t) for segment in segments
              for t in np.arange(segment["upload_start"], segment["upload_end"], step)]
    upload_times = [t for row in thumb_times for t in row] + [t for _, t in series]
    original_times = ([_aligned(s, t) for s, row in zip(segments, thumb_times) for t in row]
                      + [_aligned(s, t) for s, t in series])
    upload_frames = _read_at(*upload, upload_times, notes)
    original_frames = _read_at(*original, original_times, notes)
    thumbs, index = [], 0
    for row in thumb_times:
        line = []
        for t in row:
            a, b = upload_frames[index], original_frames[index]
            line.append((AlignedPair(t, original_times[index], _similarity(a, b)),
                         _data_uri(a), _data_uri(b)))
            index += 1
        thumbs.append(line)
    pairs = [AlignedPair(float(t), original_times[index + k],
                         _similarity(upload_frames[index + k], original_frames[index + k]))
             for k, (_, t) in enumerate(series)]
    return thumbs, pairs


def _read_at(path: str, sha256: str, times: list[float],
             notes: list[str]) -> list[np.ndarray | None]:
    """The frame nearest each time, from one sequential decode (seeking is unreliable), if
    the file still holds the bytes that were matched: one overwritten since (an upload
    replaced under its name, an original re-exported) showed its new pictures as the copy's
    or the work's, aligned by the old match, beside a similarity that looked measured."""
    if _changed(path, sha256):
        notes.append(f"{path} is not the file that was matched (its bytes changed since): "
                     f"thumbnails and similarity are missing for it")
        return [None] * len(times)
    capture = cv2.VideoCapture(str(path))
    if not capture.isOpened():
        notes.append(f"cannot read {path}: thumbnails and similarity are missing for it")
        return [None] * len(times)
    order = sorted(range(len(times)), key=lambda i: times[i])
    found: list[np.ndarray | None] = [None] * len(times)
    previous = None
    position = 0
    while position < len(order):
        ok, frame = capture.read()
        if not ok:
            break
        now = capture.get(cv2.CAP_PROP_POS_MSEC) / 1000.0
        while position < len(order) and times[order[position]] <= now:
            target = times[order[position]]
            use_previous = previous is not None and abs(previous[0] - target) < abs(now - target)
            found[order[position]] = previous[1] if use_previous else frame
            position += 1
        previous = (now, frame)
    for i in order[position:]:               # past the last frame: the last frame
        found[i] = previous[1] if previous else None
    capture.release()
    return found


def _changed(path: str, sha256: str) -> bool:
    """Whether ``path`` holds other bytes than those hashed as ``sha256`` (one that cannot be
    read is left to the decoder's note)."""
    try:
        return content_hash(path) != sha256
    except OSError:
        return False


def _similarity(a: np.ndarray | None, b: np.ndarray | None) -> float | None:
    """Difference-hash agreement of two frames (best of direct and mirrored), 0..1."""
    if a is None or b is None:
        return None
    hash_b = _dhash(b)
    return max(1.0 - np.count_nonzero(_dhash(view) != hash_b) / hash_b.size
               for view in (a, cv2.flip(a, 1)))


def _dhash(frame: np.ndarray) -> np.ndarray:
    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    small = cv2.resize(gray, (17, 16), interpolation=cv2.INTER_AREA).astype(np.int16)
    return small[:, 1:] > small[:, :-1]


def _data_uri(frame: np.ndarray | None) -> str | None:
    if frame is None:
        return None
    height, width = frame.shape[:2]
    thumb = cv2.resize(frame, (THUMB_WIDTH, max(1, round(height * THUMB_WIDTH / width))),
                       interpolation=cv2.INTER_AREA)
    ok, encoded = cv2.imencode(".jpg", thumb, [cv2.IMWRITE_JPEG_QUALITY, 80])
    return "data:image/jpeg;base64," + base64.b64encode(encoded.tobytes()).decode() if ok else None


# --- page ------------------------------------------------------------------------------------

def plot_svg(similarity: list[dict], segments: list[dict]) -> str:
    """Similarity (0..1) against upload time, matched segments shaded."""
    points = [p for p in similarity if p["similarity"] is not None]
    if not points:
        return "<p>No similarity samples.</p>"
    width, height, pad = 720, 200, 30
    end = max([p["upload_time"] for p in points] + [s["upload_end"] for s in segments]) or 1.0
    x = lambda t: pad + (width - 2 * pad) * t / end                      # noqa: E731
    y = lambda v: height - pad - (height - 2 * pad) * v                  # noqa: E731
    shades = "".join(
        f'<rect x="{x(s["upload_start"]):.1f}" y="{pad}" '
        f'width="{x(s["upload_end"]) - x(s["upload_start"]):.1f}" height="{height - 2 * pad}" '
        f'fill="#fde68a"/>' for s in segments)
    line = " ".join(f"{x(p['upload_time']):.1f},{y(p['similarity']):.1f}" for p in points)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'role="img" aria-label="similarity over time">{shades}'
            f'<line x1="{pad}" y1="{y(0)}" x2="{width - pad}" y2="{y(0)}" stroke="#555"/>'
            f'<line x1="{pad}" y1="{y(1)}" x2="{width - pad}" y2="{y(1)}" stroke="#ccc"/>'
            f'<text x="2" y="{y(1) + 4}" font-size="11">1.0</text>'
            f'<text x="2" y="{y(0) + 4}" font-size="11">0.0</text>'
            f'<text x="{width - pad}" y="{height - 8}" font-size="11" text-anchor="end">'
            f'upload time {end:.1f} s</text>'
            f'<polyline points="{line}" fill="none" stroke="#b91c1c" stroke-width="2"/></svg>')


# Bidirectional embeddings, overrides and isolates: shown spelled out, never obeyed. An override
# in a claimant's evidence text read "reg 2024" as "reg 4202", and turned the contact fields
# after it backwards; right-to-left letters themselves need none of these to show.
SPELLED_OUT = {code: f"[U+{code:04X}]" for code in (*range(0x202A, 0x202F),
                                                     *range(0x2066, 0x206A))}


def spelled_out(text: str) -> str:
    """``text`` as a person should read it: its bidirectional controls written out."""
    return text if text.isascii() else text.translate(SPELLED_OUT)


def _page(evidence: Evidence, workspace_path: Path) -> str:
    def e(text: str) -> str:
        return html.escape(spelled_out(text))

    data, thumbnails = evidence.data, evidence.thumbnails
    ticket = data["ticket"]
    rows = "".join(f"<tr><th>{e(str(key))}</th><td>{e(str(ticket[key]))}</td></tr>" for key in (
        "id", "kind", "source", "state", "claimant", "accused", "rule", "review_reason",
        "measure", "jurisdiction", "received_at", "due_at", "restore_due_at"))
    parts = [f"<!doctype html><html><head><meta charset='utf-8'><title>Evidence {e(ticket['id'])}"
             "</title><style>body{font-family:sans-serif;margin:2em}td,th{padding:2px 8px;"
             "text-align:left;vertical-align:top}img{border:1px solid #999}"
             ".pair{display:inline-block;margin:4px 12px 12px 0}</style></head><body>",
             f"<h1>Evidence for ticket {e(ticket['id'])}</h1><table>{rows}</table>",
             f"<h2>Upload</h2><p>{e(data['upload']['id'])} by {e(str(data['upload']['uploader']))}"
             f" — {e(data['upload']['path'])}</p>"]
    if data["original"]:
        original = data["original"]
        parts.append(f"<h2>Original</h2><p>{e(original['id'])} by {e(str(original['owner']))} — "
                     f"{e(original['path'])}</p>")
    if data["match"]:
        match = data["match"]
        parts.append(f"<h2>Match</h2><p>score {match['score']:.2f}, {match['matched_seconds']:.1f}"
                     f" s matched, {match['coverage_upload']:.0%} of the upload, "
                     f"{match['coverage_original']:.0%} of the original; channels: "
                     f"{e(match.get('channel', 'video'))}</p>")
        if data["sound_segments"]:
            rows = "".join(
                f"<tr><td>{number}</td><td>{s['upload_start']:.1f}–{s['upload_end']:.1f} s</td>"
                f"<td>{s['original_start']:.1f}–{s['original_end']:.1f} s</td>"
                f"<td>×{_speed(s):.2f}</td></tr>"
                for number, s in enumerate(data["sound_segments"], 1))
            parts.append("<h3>Sound</h3><p>The upload's sound plays the original's sound track "
                         "here:</p><table><tr><th></th><th>upload</th><th>original</th>"
                         f"<th>speed</th></tr>{rows}</table>")
        if data["segments"]:
            parts.append(f"<h3>Similarity over time</h3>{evidence.plot()}")
        for number, (segment, row) in enumerate(zip(data["segments"], thumbnails), 1):
            parts.append(f"<h3>Segment {number}: upload {segment['upload_start']:.1f}–"
                         f"{segment['upload_end']:.1f} s ← original "
                         f"{segment['original_start']:.1f}–{segment['original_end']:.1f} s</h3>")
            for pair, upload_uri, original_uri in row:
                parts.append("<div class='pair'>" + "".join(
                    f"<figure style='display:inline-block;margin:0 4px'>"
                    + (f"<img src='{uri}' width='{THUMB_WIDTH}'>" if uri else "<p>(no frame)</p>")
                    + f"<figcaption>{label} {t:.2f} s</figcaption></figure>"
                    for uri, label, t in ((upload_uri, "upload", pair.upload_time),
                                          (original_uri, "original", pair.original_time)))
                    + (f"<div>similarity {pair.similarity:.2f}</div>"
                       if pair.similarity is not None else "") + "</div>")
    if data["notice"]:
        notice = data["notice"]
        items = "".join(f"<li>{e(describe_attachment(item, workspace_path))}</li>"
                        for item in notice.get("attachments", []))
        parts.append(f"<h2>Notice</h2><p>claimant {e(notice['claimant'])}"
                     f"{' via agent ' + e(notice['agent']) if notice.get('agent') else ''}; "
                     f"work {e(notice['work'])}; received {e(notice['received_at'])}</p>"
                     f"<ul>{items}</ul>")
    for note in data["notes"]:
        parts.append(f"<p><em>{e(note)}</em></p>")
    history = "".join(f"<tr><td>{e(h['at'])}</td><td>{e(h['actor'])}</td><td>{e(str(h['from']))}"
                      f"</td><td>{e(str(h['to']))}</td><td>{e(str(h['why'] or ''))}</td></tr>"
                      for h in ticket["history"])
    parts.append("<h2>Audit trail</h2><table><tr><th>when</th><th>who</th><th>from</th>"
                 f"<th>to</th><th>why</th></tr>{history}</table></body></html>")
    return "\n".join(parts)


def _speed(segment: dict) -> float:
    span = segment["upload_end"] - segment["upload_start"]
    return (segment["original_end"] - segment["original_start"]) / span if span > 0 else 1.0


def describe_attachment(item: dict, workspace_path: Path) -> str:
    """One line for a notice's attachment: its text, or its name, size, hash and stored path."""
    if "text" in item:
        return f"{item['role']}: {item['text']}"
    stored = complaints.attachment_path(workspace_path, item["sha256"])
    return (f"{item['role']}: {item['name']} ({item['size']} bytes, sha256 {item['sha256']}, "
            f"stored at {stored})")

// Keyboard shortcuts for the review console. Everything also works without JavaScript.
(function () {
  "use strict";
  const page = document.body.dataset.page;
  const help = document.getElementById("help");
  const toggle = document.getElementById("help-toggle");
  const typing = (el) => el && (el.tagName === "TEXTAREA" || el.tagName === "INPUT" || el.tagName === "SELECT");
  const showHelp = () => { if (help) help.hidden = !help.hidden; };
  if (toggle) toggle.addEventListener("click", showHelp);

  function queueKeys(event) {
    const rows = Array.from(document.querySelectorAll("#queue tbody tr[data-href]"));
    let index = rows.findIndex((row) => row.classList.contains("selected"));
    const select = (i) => {
      rows.forEach((row) => row.classList.remove("selected"));
      if (rows[i]) { rows[i].classList.add("selected"); rows[i].scrollIntoView({block: "nearest"}); }
    };
    const follow = (id) => { const link = document.getElementById(id); if (link) window.location = link.href; };
    switch (event.key) {
      case "j": select(Math.min(rows.length - 1, index + 1)); return true;
      case "k": select(Math.max(0, index - 1)); return true;
      case "o": case "Enter": if (rows[index]) window.location = rows[index].dataset.href; return true;
      case "]": follow("next-page"); return true;
      case "[": follow("previous-page"); return true;
      case "f": { const first = document.querySelector("#filters select"); if (first) first.focus(); return true; }
    }
    return false;
  }

  function ticketKeys(event) {
    const form = document.getElementById("decide");
    const why = document.getElementById("why");
    const buttons = form ? Array.from(form.querySelectorAll("button.to")) : [];
    const decide = (button) => {
      if (!button) return false;
      if (!why.value.trim()) { why.focus(); why.reportValidity(); return true; }
      form.requestSubmit(button);
      return true;
    };
    if (typing(event.target)) {
      const digit = /^Digit([1-9])$/.exec(event.code || "");
      if (event.altKey && digit) return decide(buttons[Number(digit[1]) - 1]);
      return false;
    }
    if (/^[1-9]$/.test(event.key)) return decide(buttons[Number(event.key) - 1]);
    const lettered = buttons.find((button) => button.dataset.letter === event.key);
    if (lettered) return decide(lettered);
    if (event.key === "r" && why) { why.focus(); return true; }
    if (event.key === "q") { window.location = document.getElementById("back").href; return true; }
    return false;
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey) return;
    if (event.key === "?" && !typing(event.target)) { showHelp(); event.preventDefault(); return; }
    if (event.key === "Escape" && help && !help.hidden) { help.hidden = true; return; }
    if (typing(event.target) && !(page === "ticket" && event.altKey)) return;
    const handled = page === "queue" ? queueKeys(event) : page === "ticket" ? ticketKeys(event) : false;
    if (handled) event.preventDefault();
  });
})();

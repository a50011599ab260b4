// Back office only (public pages run no script). Copy buttons: shown when script runs,
// they put an address on the clipboard in one click; the address itself stays inert text.
document.querySelectorAll('button.copy').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.dataset.copy).then(function () {
      button.textContent = button.dataset.done;
      button.removeAttribute('aria-label');
    });
  });
});
// A form that could not be saved: move to its error summary, as a screen reader user needs.
var summary = document.getElementById('error-summary');
if (summary) {
  summary.focus();
}
// The queue's keys, a convenience only (every action is also a link or a button): j and k move
// to the next and previous case, o or Enter open it, c claims the next case, / goes to the
// filters. Never while typing in a field, nor with Ctrl, Alt or Meta (the browser's own keys).
var queue = document.getElementById('cases');
// on the queue page, also when the filter shows no case ("c" still claims the next one)
if (document.getElementById('queue-filter')) {
  var rows = queue ? Array.prototype.slice.call(queue.querySelectorAll('tbody tr')) : [];
  var current = -1;
  var hint = document.getElementById('queue-shortcuts');
  if (hint) {
    hint.hidden = false;
  }
  var moveTo = function (index) {
    if (rows.length === 0) {
      return;
    }
    index = Math.max(0, Math.min(rows.length - 1, index));
    if (current >= 0) {
      rows[current].classList.remove('current');
    }
    current = index;
    rows[current].classList.add('current');
    rows[current].querySelector('a.open').focus();
  };
  rows.forEach(function (row, index) {
    row.addEventListener('focusin', function () {
      if (current !== index) {
        if (current >= 0) {
          rows[current].classList.remove('current');
        }
        current = index;
        row.classList.add('current');
      }
    });
  });
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (typing || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    if (event.key === 'j') {
      moveTo(current + 1);
    } else if (event.key === 'k') {
      moveTo(current < 0 ? 0 : current - 1);
    } else if (event.key === 'o' || (event.key === 'Enter' && current >= 0 && target === document.body)) {
      if (current < 0) {
        return;
      }
      rows[current].querySelector('a.open').click();
    } else if (event.key === 'c') {
      var next = document.getElementById('claim-next');
      if (!next) {
        return;
      }
      next.requestSubmit ? next.requestSubmit() : next.submit();
    } else if (event.key === '/') {
      var first = document.querySelector('#queue-filter input, #queue-filter select');
      if (!first) {
        return;
      }
      first.focus();
    } else {
      return;
    }
    event.preventDefault();
  });
}

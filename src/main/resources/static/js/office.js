// Back office only (public pages run no script). Copy buttons: shown when script runs,
// they put an address on the clipboard in one click; the address itself stays inert text.
document.querySelectorAll('button.copy').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.dataset.copy).then(function () {
      button.textContent = button.dataset.done;
    });
  });
});
// A form that could not be saved: move to its error summary, as a screen reader user needs.
var summary = document.getElementById('error-summary');
if (summary) {
  summary.focus();
}

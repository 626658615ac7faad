// Demo pages and /ontvangst: language from ?lang=en and the municipal theme toggle. An external file,
// because the pages run under a Content-Security-Policy without inline scripts.
const params = new URLSearchParams(location.search);
const english = params.get('lang') === 'en';

if (english) {
  for (const widget of document.querySelectorAll('loket-wijzer')) widget.setAttribute('lang', 'en');
  // The desk page is an app for staff and switches its own few words too; the municipal site stays Dutch.
  // A page that is English as a whole (/ontvangst) says so, for screen readers and its widgets.
  if (document.documentElement.hasAttribute('data-lang-page')) document.documentElement.lang = 'en';
  for (const element of document.querySelectorAll('[data-en]')) {
    element.textContent = element.getAttribute('data-en');
    element.setAttribute('lang', 'en');
  }
}
for (const link of document.querySelectorAll('[data-lang-link]')) {
  if (!english) continue;
  link.setAttribute('href', location.pathname);
  link.setAttribute('lang', 'nl');
  link.textContent = 'Nederlands';
}

const toggle = document.getElementById('theme-toggle');
if (toggle) {
  const apply = (on) => {
    document.documentElement.classList.toggle('theme-voorbeeld', on);
    toggle.setAttribute('aria-pressed', String(on));
  };
  apply(params.get('theme') === 'voorbeeld');
  toggle.addEventListener('click', () => apply(toggle.getAttribute('aria-pressed') !== 'true'));
}

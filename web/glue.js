// The page side of Accord Atlas: configures the Emscripten module, shows
// loading progress and errors, raises the phone keyboard for the app's
// text fields, keeps the URL hash and the app's view in step (Back,
// Forward, shared links), copies links, stores settings, registers the
// service worker (offline use) and exposes window.accord (the test hook).
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const status = document.getElementById('status');
  const SETTINGS_KEY = 'accord-atlas.settings';  // also read by the app (platform_web.cpp)
  let ready = false;

  // --- Theme, before the app starts ---------------------------------------
  // The page behind the canvas (and the loading text) already matches the
  // saved theme, so a dark page does not flash white while loading.
  const darkQuery = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function applyPageTheme(settingsText) {
    let theme = 'system';
    try { theme = (JSON.parse(settingsText || '{}') || {}).theme || 'system'; } catch (e) { /* defaults */ }
    const dark = theme === 'dark' || (theme === 'system' && !!(darkQuery && darkQuery.matches));
    document.documentElement.classList.toggle('dark', dark);
    const meta = document.querySelector('meta[name="theme-color"]');
    if (meta) meta.content = dark ? '#17191e' : '#ffffff';
  }
  function savedSettings() {
    try { return localStorage.getItem(SETTINGS_KEY) || ''; } catch (e) { return ''; }
  }
  applyPageTheme(savedSettings());

  function showStatus(text, isError) {
    status.hidden = !text;
    status.textContent = text || '';
    status.classList.toggle('error', !!isError);
  }

  if (!document.createElement('canvas').getContext('webgl2')) {
    showStatus('Accord Atlas needs WebGL 2, which this browser does not offer.', true);
  }

  // The app's loop sleeps while there is nothing to draw (no CPU while the
  // page sits open); any input wakes it, before SDL sees that input.
  const wake = () => { if (ready) Module._accord_wake(); };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'wheel', 'keydown', 'keyup',
                      'touchstart', 'touchmove', 'touchend', 'input', 'focus', 'resize', 'dragover', 'drop']) {
    window.addEventListener(type, wake, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', wake);

  canvas.addEventListener('webglcontextlost', (event) => {
    event.preventDefault();
    showStatus('The graphics context was lost. Reload the page to continue.', true);
  });

  function state() {
    if (!ready) return { ready: false, frames: 0 };
    return JSON.parse(Module.ccall('accord_state_json', 'string', [], []));
  }

  // Hides the loading message ("Running..." from Emscripten) once the app
  // has drawn its first frame. If the state cannot be read the message goes
  // too: a label left over a running app looks like a hang.
  function hideStatusAfterFirstFrame() {
    let drawn = true;
    try {
      drawn = state().frames > 0;
    } catch (e) {
      console.error('accord: the state could not be read: ' + e);
    }
    if (drawn) {
      showStatus('');
      // SDL names the page after its window; a published atlas keeps its own title.
      if (window.accordSite && window.accordSite.title) document.title = String(window.accordSite.title);
      canvas.focus();
    } else {
      requestAnimationFrame(hideStatusAfterFirstFrame);
    }
  }

  // --- Text entry -----------------------------------------------------------
  // While one of the app's text fields is active, a hidden <textarea> holds
  // the keyboard: the browser itself types, deletes, selects, corrects,
  // composes (IME, dead keys, a phone keyboard's diacritics) and pastes, as
  // in any text box, and after each change the field takes the box's whole
  // text and selection (accord_text_edit). The field reports back what it
  // holds (textFieldState), so a click that moves the caret or a Clear
  // button reaches the box too. Phones show their keyboard only for an
  // element focused inside the tap's own handler: touchend does that.
  const SCANCODE = { enter: 40, escape: 41, tab: 43 };
  const textInput = document.createElement('textarea');
  textInput.rows = 1;
  textInput.autocomplete = 'off';
  textInput.spellcheck = false;
  textInput.tabIndex = -1;
  textInput.setAttribute('autocapitalize', 'off');
  textInput.setAttribute('aria-hidden', 'true');
  textInput.setAttribute('wrap', 'off');
  // 16px stops iOS from zooming into the field; it stays invisible.
  textInput.style.cssText = 'position:fixed;left:0;top:0;width:1px;height:1px;opacity:0;resize:none;' +
    'font-size:16px;border:0;padding:0;margin:0;pointer-events:none;background:transparent;overflow:hidden;';
  document.body.appendChild(textInput);
  const box = {
    field: 0,          // the ImGui id of the field the box mirrors (0: the one just tapped)
    multiline: false,  // Enter is a new line there, not "done"
    sent: 0,           // edits sent to the app
    composing: false,  // an IME composition is open: the box is not touched from outside
    last: { text: '', start: 0, end: 0 },  // what the app and the box last agreed on
  };

  const utf8Length = (text) => Module.lengthBytesUTF8(text);
  // A UTF-8 byte offset into `text` as a UTF-16 index (what the box uses).
  function utf16Index(text, bytes) {
    let b = 0;
    let i = 0;
    while (i < text.length && b < bytes) {
      const cp = text.codePointAt(i);
      b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += cp > 0xffff ? 2 : 1;
    }
    return i;
  }

  // The box's text and selection to the app, when they changed. The text
  // goes through wasm memory, not the stack: a text area can be long.
  function sendEdit() {
    if (!ready || document.activeElement !== textInput) return;
    const text = textInput.value;
    const start = textInput.selectionStart;
    const end = textInput.selectionEnd;
    if (text === box.last.text && start === box.last.start && end === box.last.end) return;
    box.last = { text, start, end };
    const size = utf8Length(text) + 1;
    const ptr = Module._malloc(size);
    if (!ptr) return;
    Module.stringToUTF8(text, ptr, size);
    box.sent++;
    Module._accord_text_edit(box.field, ptr, utf8Length(text.slice(0, start)), utf8Length(text.slice(0, end)), box.sent);
    Module._free(ptr);
  }

  function fillBox(text, start, end) {
    if (textInput.value !== text) textInput.value = text;
    if (textInput.selectionStart !== start || textInput.selectionEnd !== end) textInput.setSelectionRange(start, end);
    box.last = { text, start, end };
  }

  function fieldAt(clientX, clientY) {
    if (!ready) return 0;
    const rect = canvas.getBoundingClientRect();
    return Module._accord_text_field_at(clientX - rect.left, clientY - rect.top);
  }

  // Focused from a tap (phones) or once the app says a field is active
  // (mouse and keyboard). Until the field reports itself, the box holds
  // the text drawn under the tap, caret at the end.
  function focusTextInput(field, x, y) {
    if (field) {
      const text = Module.ccall('accord_text_field_text', 'string', ['number'], [field]);
      box.field = 0;
      fillBox(text, text.length, text.length);
    }
    textInput.style.left = x + 'px';
    textInput.style.top = y + 'px';
    textInput.focus({ preventScroll: true });
  }

  // A press on a text field gives the keyboard to the box at once (keys
  // typed right after a click must not reach the canvas); a press anywhere
  // else gives it back to the canvas (SDL reads keys there). A press inside
  // the field the box already mirrors only moves the caret (the app says
  // where).
  canvas.addEventListener('pointerdown', (event) => {
    const field = fieldAt(event.clientX, event.clientY);
    if (!field) canvas.focus();
    else if (event.pointerType !== 'touch' && document.activeElement !== textInput)
      focusTextInput(field, event.clientX, event.clientY);
  });
  canvas.addEventListener('mousedown', (event) => {
    if (fieldAt(event.clientX, event.clientY)) event.preventDefault();  // the canvas would take the focus back
  });
  canvas.addEventListener('touchend', (event) => {
    const touch = event.changedTouches[0];
    const field = touch && fieldAt(touch.clientX, touch.clientY);
    if (!field) return;
    // Already mirroring a field: keep its text (typing may be ahead of the
    // frames), but focus again, which brings back a keyboard the user closed.
    if (document.activeElement === textInput) textInput.blur();
    else focusTextInput(field, touch.clientX, touch.clientY);
    textInput.focus({ preventScroll: true });
    showPasteButton(touch.clientY);
  });

  // Phones: the hidden box has no long-press menu, so a Paste button shows
  // beside the field while it has the keyboard. Pressing it keeps the focus
  // in the box; the clipboard's text replaces the selection there, and the
  // field takes it like any edit.
  const pasteButton = document.getElementById('paste');
  const touchScreen = () => matchMedia('(pointer: coarse)').matches;
  function showPasteButton(y) {
    if (!pasteButton || !touchScreen()) return;
    // Below the field, at the left (over labels, not the header's buttons);
    // above it when the field is near the bottom.
    pasteButton.hidden = false;
    const below = y < window.innerHeight - 140;
    pasteButton.style.top = (below ? y + 32 : y - 76) + 'px';
    pasteButton.style.left = '12px';
  }
  if (pasteButton) {
    pasteButton.addEventListener('pointerdown', (event) => event.preventDefault());
    pasteButton.addEventListener('mousedown', (event) => event.preventDefault());
    pasteButton.addEventListener('click', () => {
      if (!navigator.clipboard || !navigator.clipboard.readText) return;
      navigator.clipboard.readText().then((text) => {
        if (!text || document.activeElement !== textInput) return;
        textInput.setRangeText(text, textInput.selectionStart, textInput.selectionEnd, 'end');
        sendEdit();
      }).catch(() => { /* the browser refused to read the clipboard: nothing to paste */ });
    });
    textInput.addEventListener('blur', () => { pasteButton.hidden = true; });
  }

  textInput.addEventListener('input', sendEdit);
  textInput.addEventListener('select', sendEdit);
  textInput.addEventListener('keyup', sendEdit);
  textInput.addEventListener('pointerup', sendEdit);
  document.addEventListener('selectionchange', sendEdit);
  textInput.addEventListener('compositionstart', () => { box.composing = true; });
  textInput.addEventListener('compositionend', () => {
    box.composing = false;
    sendEdit();
  });
  textInput.addEventListener('keydown', (event) => {
    // Arrow keys, Home and End move the box's caret; the field follows.
    setTimeout(sendEdit, 0);
    if (event.isComposing) return;
    if (event.key === 'Escape' || (event.key === 'Enter' && !box.multiline)) {
      event.preventDefault();
      Module._accord_key(event.key === 'Enter' ? SCANCODE.enter : SCANCODE.escape);
      canvas.focus();  // closes the keyboard
    } else if (event.key === 'Tab') {
      event.preventDefault();  // the app moves to its next field, not the page
      Module._accord_key(SCANCODE.tab);
    }
  });

  // --- Paste ----------------------------------------------------------------
  // Ctrl+V on the canvas gives the app no text (SDL has no clipboard in a
  // browser); the page's paste event has it. The text goes through wasm
  // memory, not the stack, since an article can be megabytes.
  function pasteText(text) {
    if (!ready || typeof text !== 'string') return;
    const size = Module.lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    if (!ptr) return;
    Module.stringToUTF8(text, ptr, size);
    Module._accord_paste_text(ptr);
    Module._free(ptr);
  }
  document.addEventListener('paste', (event) => {
    if (event.target === textInput) return;  // the keyboard's input event has it
    const text = event.clipboardData && event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    pasteText(text);
  });

  // --- Copy link ----------------------------------------------------------
  // The click that asked for it was a moment ago (the app handles input in
  // the next animation frame), so the page still has the user's activation.
  function copyWithSelection(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;left:0;top:0;opacity:0;pointer-events:none;';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    area.remove();
    canvas.focus();
  }
  function copyText(text) {
    window.accord.lastCopied = text;
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).catch(() => copyWithSelection(text));
    } else {
      copyWithSelection(text);
    }
  }

  // --- URL hash <-> the app's view ----------------------------------------
  // The app tells the page where it is after each frame that changed it
  // (push: a new place; replace: the same place refined, e.g. typing a
  // search; go: the app's own Back/Forward). The browser's Back, Forward
  // and edited addresses come back through popstate/hashchange.
  function setHash(hash, mode, steps) {
    if (mode === 'go') {
      if (steps) history.go(steps);
    } else if (location.hash !== hash) {
      if (mode === 'push') history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
  }
  function hashMoved() {
    const records = takeRecordsFromAddress();  // a link with records pasted into an open tab
    if (ready) Module.ccall('accord_open_hash', null, ['string'], [location.hash]);
    if (ready && records) readRecordsLink(records);
  }
  window.addEventListener('popstate', hashMoved);
  window.addEventListener('hashchange', hashMoved);
  // Alt+Left and Alt+Right are the browser's Back and Forward. SDL takes
  // every key on the canvas and cancels its default, so they are caught
  // first here (capture, on the window) and done as the browser would.
  window.addEventListener('keydown', (event) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    if (event.target === textInput) return;  // in a text field, Alt+arrows move by word
    event.preventDefault();
    event.stopPropagation();
    if (event.key === 'ArrowLeft') history.back();
    else history.forward();
  }, true);

  // --- Files: the picker and downloads --------------------------------------
  // The app asks from the frame that handled the tap, while the page still
  // has the tap's user activation. A file over the app's limit is refused
  // from its size alone, before a byte of it is read.
  function openFile(accept, pickId, maxBytes) {
    const input = document.createElement('input');
    input.type = 'file';
    if (accept) input.accept = accept;
    input.style.cssText = 'position:fixed;left:-1000px;top:0;opacity:0;';
    document.body.appendChild(input);
    input.addEventListener('change', () => {
      const file = input.files && input.files[0];
      input.remove();
      if (!file) return;  // cancelled
      if (file.size > maxBytes) {
        const mb = (n) => (n / (1024 * 1024)).toFixed(1);
        Module.ccall('accord_file_failed', null, ['number', 'string'], [pickId,
          file.name + ' is ' + mb(file.size) + ' MB; files over ' + Math.round(maxBytes / (1024 * 1024)) +
          ' MB are refused.']);
        return;
      }
      const reader = new FileReader();
      reader.onload = () => {
        const bytes = new Uint8Array(reader.result);
        const pointer = Module._malloc(Math.max(1, bytes.length));
        Module.HEAPU8.set(bytes, pointer);
        try {
          Module.ccall('accord_file_opened', null, ['number', 'string', 'number', 'number'],
                       [pickId, file.name, pointer, bytes.length]);
        } finally {
          Module._free(pointer);
        }
      };
      reader.onerror = () => Module.ccall('accord_file_failed', null, ['number', 'string'],
        [pickId, 'cannot read ' + file.name + ': ' + (reader.error ? reader.error.message : 'unknown error')]);
      reader.readAsArrayBuffer(file);
    });
    input.click();
  }

  // A download through a temporary link to a Blob; returns 1 when started.
  function download(filename, mime, bytes) {
    try {
      const url = URL.createObjectURL(new Blob([bytes], { type: mime || 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.style.display = 'none';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      return 1;
    } catch (e) {
      console.error('download: ' + e);
      return 0;
    }
  }

  // --- Data links: ?data=URL or #data=URL ----------------------------------
  // A dataset named by the address is fetched over http(s) only, at most
  // maxBytes (from Content-Length, then counted while reading), and shown
  // by the app as "not your data". The #data= form is taken off the
  // address so the app's view links keep the hash.
  const MAX_LINK_BYTES = 16 * 1024 * 1024;  // kMaxUserFileBytes (app/user_file.h)
  let dataLink = null;
  let largeLinkFailure = null;  // [link, why] when ?large= was refused (see preRun)
  try { dataLink = new URLSearchParams(location.search).get('data'); } catch (e) { /* none */ }
  if (location.hash.startsWith('#data=')) {
    try { dataLink = decodeURIComponent(location.hash.slice(6)); } catch (e) { dataLink = location.hash.slice(6); }
    history.replaceState(null, '', location.pathname + location.search);
  }

  // --- Links that carry records: #/...&rec=BASE64URL ------------------------
  // A few events (and what they refer to) deflated into the hash by the app
  // that made the link (core/publish/record_link.h). The rec= part is taken
  // off the address before the app reads it (the place stays), inflated
  // (at most MAX_RECORD_BYTES) and handed to the app, which reads it like
  // an imported file and shows it beside the user's data.
  const MAX_RECORD_BYTES = 1024 * 1024;  // kMaxRecordLinkBytes
  function takeRecordsFromAddress() {
    const hash = location.hash;
    const question = hash.indexOf('?');
    if (question < 0) return null;
    const params = hash.slice(question + 1).split('&');
    const rec = params.find((p) => p.startsWith('rec='));
    if (!rec) return null;
    const rest = params.filter((p) => !p.startsWith('rec='));
    const place = hash.slice(0, question) + (rest.length ? '?' + rest.join('&') : '');
    history.replaceState(null, '', location.pathname + location.search + place);
    return { payload: rec.slice(4), hash: place };
  }
  const recordsLink = takeRecordsFromAddress();  // { payload, hash } or null
  async function readRecordsLink(link) {
    try {
      if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot inflate them');
      const base64 = link.payload.replace(/-/g, '+').replace(/_/g, '/');
      const binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
      const packed = Uint8Array.from(binary, (c) => c.charCodeAt(0));
      const reader = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
      const chunks = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > MAX_RECORD_BYTES) {
          reader.cancel().catch(() => {});
          throw new Error('they inflate to over ' + MAX_RECORD_BYTES / (1024 * 1024) + ' MB');
        }
        chunks.push(value);
      }
      const pointer = Module._malloc(Math.max(1, total));
      let at = pointer;
      for (const chunk of chunks) { Module.HEAPU8.set(chunk, at); at += chunk.length; }
      try {
        Module.ccall('accord_records_link_loaded', null, ['string', 'number', 'number'], [link.hash, pointer, total]);
      } finally {
        Module._free(pointer);
      }
    } catch (e) {
      Module.ccall('accord_records_link_failed', null, ['string', 'string'],
                   [link.hash, 'the records in this link could not be read (' + (e.message || 'not deflated base64url') + ')']);
    }
  }
  // The app asks for a link with records: deflated, base64url, after the
  // place's hash; copied only when the whole link fits `limit`.
  async function copyRecordsLink(base, hash, payload, limit) {
    try {
      if (typeof CompressionStream === 'undefined') throw new Error('this browser cannot compress');
      const stream = new Blob([payload]).stream().pipeThrough(new CompressionStream('deflate-raw'));
      const packed = new Uint8Array(await new Response(stream).arrayBuffer());
      let binary = '';
      for (let i = 0; i < packed.length; i += 0x8000) binary += String.fromCharCode.apply(null, packed.subarray(i, i + 0x8000));
      const rec = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      const link = base + hash + (hash.includes('?') ? '&' : '?') + 'rec=' + rec;
      if (link.length <= limit) copyText(link);
      Module.ccall('accord_records_link_made', null, ['string', 'number', 'string'],
                   [link.length <= limit ? link : '', link.length, '']);
    } catch (e) {
      Module.ccall('accord_records_link_made', null, ['string', 'number', 'string'], ['', 0, e.message || String(e)]);
    }
  }

  // A long address (a data: URL, a signed link) is cut in messages: its
  // start and end say which it is.
  function shortUrl(u) {
    u = String(u);
    return u.length <= 120 ? u : u.slice(0, 80) + '…' + u.slice(-30);
  }
  function dataLinkFailed(url, message) {
    Module.ccall('accord_data_link_failed', null, ['string', 'string'], [url, message]);
    Module._accord_request_redraw();
  }
  async function fetchDataLink(raw) {
    let url;
    try { url = new URL(raw, location.href); } catch (e) { return dataLinkFailed(raw, 'the data link "' + shortUrl(raw) + '" is not an address'); }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return dataLinkFailed(raw, 'the data link "' + shortUrl(raw) + '" was refused: only http and https addresses are opened');
    }
    const shown = shortUrl(url.href);
    const tooLarge = (n) => 'the data link ' + shown + ' is ' + (n / (1024 * 1024)).toFixed(1) +
      ' MB; datasets over ' + MAX_LINK_BYTES / (1024 * 1024) + ' MB are refused';
    try {
      const response = await fetch(url.href, { credentials: 'omit' });
      if (!response.ok) return dataLinkFailed(url.href, shown + ' answered HTTP ' + response.status);
      const declared = Number(response.headers.get('Content-Length') || 0);
      if (declared > MAX_LINK_BYTES) {
        if (response.body) response.body.cancel().catch(() => {});
        return dataLinkFailed(url.href, tooLarge(declared));
      }
      const chunks = [];
      let total = 0;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > MAX_LINK_BYTES) {
          reader.cancel().catch(() => {});
          return dataLinkFailed(url.href, tooLarge(total));
        }
        chunks.push(value);
      }
      const pointer = Module._malloc(Math.max(1, total));
      let at = pointer;
      for (const chunk of chunks) { Module.HEAPU8.set(chunk, at); at += chunk.length; }
      try {
        Module.ccall('accord_data_link_loaded', null, ['string', 'number', 'number'], [url.href, pointer, total]);
      } finally {
        Module._free(pointer);
      }
      Module._accord_request_redraw();
    } catch (e) {
      // fetch() says only "Failed to fetch" for a host that is down and for
      // one that does not let other sites read its files: name both.
      const sameOrigin = url.origin === location.origin;
      dataLinkFailed(url.href, 'the data link ' + shown + ' could not be fetched (' + e.message + '): ' +
        (sameOrigin ? 'the host did not answer'
          : 'either ' + url.host + ' did not answer, or it does not allow other sites to read this file: ' +
            'its host must send the header "Access-Control-Allow-Origin: *" (CORS)'));
    }
  }

  // --- "Publish…": the app's own files, for a zip of the site --------------
  // Each file of the bundle this page came from (through the service worker
  // when offline), handed to the app one by one, then done or why not.
  async function fetchWebBundle(request, namesText) {
    try {
      for (const name of namesText.split('\n')) {
        const response = await fetch(name, { credentials: 'omit' });
        if (!response.ok) throw new Error(name + ' answered HTTP ' + response.status);
        const bytes = new Uint8Array(await response.arrayBuffer());
        const pointer = Module._malloc(Math.max(1, bytes.length));
        Module.HEAPU8.set(bytes, pointer);
        try {
          Module.ccall('accord_web_bundle_file', null, ['number', 'string', 'number', 'number'],
                       [request, name, pointer, bytes.length]);
        } finally {
          Module._free(pointer);
        }
      }
      Module.ccall('accord_web_bundle_done', null, ['number', 'string'], [request, '']);
    } catch (e) {
      Module.ccall('accord_web_bundle_done', null, ['number', 'string'],
                   [request, 'the app\'s files could not be fetched from this site (' + e.message + ')']);
    }
  }

  window.accordGlue = {
    fetchWebBundle: fetchWebBundle,
    copyRecordsLink: copyRecordsLink,
    // Called by the app when its text field gains or loses the keyboard.
    textInputActive: (active) => {
      if (!active && document.activeElement === textInput) canvas.focus();
      // Mouse and keyboard: the box takes the keys as soon as a field is
      // active (a phone's box was focused by the tap itself).
      if (active && document.activeElement !== textInput && !matchMedia('(pointer: coarse)').matches) {
        const rect = canvas.getBoundingClientRect();
        focusTextInput(0, rect.left, rect.top);
      }
    },
    // The active field's text and selection (UTF-8 offsets), after a frame
    // that changed them. Ignored while the box has edits the app has not
    // applied yet (typing ahead of the frames) or a composition is open.
    textFieldState: (field, text, start, end, multiline, applied) => {
      box.multiline = multiline;
      if (applied !== box.sent || box.composing) return;
      if (box.field !== field) box.field = field;
      fillBox(text, utf16Index(text, start), utf16Index(text, end));
    },
    setHash: setHash,
    copyText: copyText,
    settingsChanged: applyPageTheme,
    openFile: openFile,
    download: download,
  };

  if (darkQuery) {
    const followSystem = () => {
      applyPageTheme(savedSettings());
      if (ready) Module._accord_set_system_dark(darkQuery.matches ? 1 : 0);
    };
    if (darkQuery.addEventListener) darkQuery.addEventListener('change', followSystem);
    else if (darkQuery.addListener) darkQuery.addListener(followSystem);
  }

  // --- Offline: the service worker caches the bundle after the first visit,
  // a release at a time (web/sw.js). sw.js is always asked of the host, so a
  // new release is found on the next visit; once it is installed whole, the
  // page that still runs the old one offers a reload.
  if ('serviceWorker' in navigator && (location.protocol === 'https:' || location.hostname === 'localhost' ||
      location.hostname === '127.0.0.1')) {
    const update = document.getElementById('update');
    const ranBefore = !!navigator.serviceWorker.controller;  // else the first install is no update
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (ranBefore && update) update.hidden = false;
    });
    if (update) update.querySelector('button').addEventListener('click', () => location.reload());
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('sw.js', { updateViaCache: 'none' })
        .catch((err) => console.warn('service worker: ' + err));
    });
  }

  // --- A published atlas (accord publish) ---------------------------------
  // Its index.html names site.json in <meta name="accord-site">; the
  // dataset that file names (atlas.json, beside it) is fetched before the
  // app starts and becomes the app's shipped data, in place of the one
  // packaged in accord-atlas.data (app/platform_web.cpp dataset_path). If
  // it cannot be fetched the app does not start on other data: it says so.
  function loadPublishedSite() {
    const meta = document.querySelector('meta[name="accord-site"]');
    if (!meta) return;
    Module.addRunDependency('accord-published-site');
    const fail = (why) => showStatus('This atlas could not load its data: ' + why + '. Reload the page to try again.', true);
    fetch(meta.content)
      .then((response) => {
        if (!response.ok) throw new Error(meta.content + ' answered HTTP ' + response.status);
        return response.json();
      })
      .then((site) => {
        const name = String(site.dataset || '');
        // A file beside the page, nothing else: a site.json cannot send the app elsewhere.
        if (!/^[A-Za-z0-9._-]+\.json$/.test(name)) throw new Error(meta.content + ' names no dataset file');
        window.accordSite = site;
        return fetch(name).then((response) => {  // as index.html's preload asks for it
          if (!response.ok) throw new Error(name + ' answered HTTP ' + response.status);
          return response.arrayBuffer();
        });
      })
      .then((bytes) => {
        // /published-atlas.json: where platform_web.cpp's dataset_path looks.
        Module.FS_createDataFile('/', 'published-atlas.json', new Uint8Array(bytes), true, false, true);
        Module.removeRunDependency('accord-published-site');
      })
      .catch((err) => fail(err.message));
  }

  window.Module = {
    canvas: canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.error(text),
    setStatus: (text) => { if (!ready) showStatus(text || 'Loading Accord Atlas…'); },
    onRuntimeInitialized: () => {
      performance.mark('accord-runtime-initialized');  // wasm compiled, data unpacked
      ready = true;
      hideStatusAfterFirstFrame();  // first: nothing below can leave the loading message up
      Module._accord_set_system_dark(darkQuery && darkQuery.matches ? 1 : 0);
      if (dataLink !== null) fetchDataLink(dataLink);
      if (recordsLink !== null) readRecordsLink(recordsLink);
      if (largeLinkFailure) dataLinkFailed(largeLinkFailure[0], largeLinkFailure[1]);
    },
    // "?large=URL" opens a big dataset (JSON or a snapshot, up to the core's
    // 1 GB snapshot limit), fetched before the app starts; the app loads it
    // in slices with a progress bar and shows it as "not your data", like
    // ?data= (which is capped at 16 MB and loads at once). Same rules:
    // http(s) only, size-capped, validated by the core before use.
    preRun: [loadPublishedSite, () => {
      const raw = new URLSearchParams(location.search).get('large');
      if (!raw) return;
      const MAX_LARGE_BYTES = 1024 * 1024 * 1024;  // kMaxSnapshotBytes (core/dataset_json.h)
      let url;
      try { url = new URL(raw, location.href); } catch (e) { url = null; }
      const refuse = (message) => {
        largeLinkFailure = [raw, message];
        Module.removeRunDependency('accord-large-dataset');
      };
      Module.addRunDependency('accord-large-dataset');
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        return refuse('the data link "' + raw + '" was refused: only http and https addresses are opened');
      }
      showStatus('Downloading ' + shortUrl(url.href) + '…');
      fetch(url.href, { credentials: 'omit' })
        .then((response) => {
          if (!response.ok) throw new Error(shortUrl(url.href) + ' answered HTTP ' + response.status);
          const declared = Number(response.headers.get('Content-Length') || 0);
          if (declared > MAX_LARGE_BYTES) throw new Error(shortUrl(url.href) + ' is over the 1 GB a dataset snapshot may have');
          return response.arrayBuffer();
        })
        .then((bytes) => {
          if (bytes.byteLength > MAX_LARGE_BYTES) throw new Error(shortUrl(url.href) + ' is over the 1 GB a dataset snapshot may have');
          Module.FS_createDataFile('/', 'large-dataset', new Uint8Array(bytes), true, false, true);
          Module.accordLargeDataset = '/large-dataset';
          Module.removeRunDependency('accord-large-dataset');
        })
        .catch((err) => refuse('the data link ' + shortUrl(url.href) + ' could not be opened: ' + err.message));
    }],
    onAbort: (what) => showStatus('Accord Atlas stopped: ' + what + '. Reload the page to try again.', true),
  };

  window.accord = {
    // Hands text to the app as a paste would (tests; no clipboard needed).
    paste: pasteText,
    // The app's state as the C++ side reports it (see AppState::state_json).
    state: state,
    // Selects an event by id (null or '' clears the selection).
    select: (eventId) => {
      if (ready) Module.ccall('accord_select_event', null, ['string'], [eventId || '']);
    },
  };
})();

// The console page: plain browser JavaScript, no build step. It talks to /console/api/*.
'use strict';

const $ = (id) => document.getElementById(id);

async function call(path, body) {
  const response = await fetch(`/console/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.error || `The local Alexa answered ${response.status}`);
  return data;
}

function notice(text, isError = false) {
  const element = $('notice');
  element.textContent = text;
  element.className = isError ? 'error' : '';
}

const LOCALE_NAMES = { 'en-US': 'English (US)', 'en-GB': 'English (UK)', 'de-DE': 'Deutsch (DE)' };

function renderSuggestions(state) {
  const suggestions = $('suggestions');
  // Each locale has its own words; redraw the chips only when the locale changes.
  if (suggestions.dataset.locale === state.locale) return;
  suggestions.dataset.locale = state.locale;
  suggestions.replaceChildren();
  for (const utterance of state.suggestions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'suggestion';
    button.textContent = utterance;
    button.addEventListener('click', () => say(utterance));
    suggestions.append(button);
  }
}

function renderDevice(state) {
  const select = $('locale');
  if (!select.childElementCount) {
    for (const locale of state.locales) {
      const option = document.createElement('option');
      option.value = locale;
      option.textContent = `${LOCALE_NAMES[locale] || locale} · ${locale}`;
      select.append(option);
    }
  }
  select.value = state.locale;
  document.documentElement.lang = state.locale;
  $('screen').checked = state.screen;
  $('provider').textContent = `${state.provider} (demo)`;
  $('provider-url').textContent = state.providerApiUrl;
}

function renderEchoes(state) {
  const select = $('echo');
  if (!select.childElementCount) {
    for (const echo of state.echoes) {
      const option = document.createElement('option');
      option.value = echo.id;
      option.textContent = echo.name;
      select.append(option);
    }
  }
  select.value = state.echo;
}

/** What the demo Spotify plays, and where: the same state GET /v1/me/player reports. */
function renderPlayer(player) {
  const playing = player.nowPlaying;
  $('now-playing').textContent = playing
    ? `${playing.playlist}, song ${playing.position}${playing.title ? `: ${playing.title}` : ''}${playing.artists.length ? ` by ${playing.artists.join(', ')}` : ''}, on ${playing.device}${playing.shuffle ? ' (shuffle)' : ''}${playing.isPlaying ? '' : ' (paused)'}`
    : 'nothing';
  const list = $('connect-devices');
  list.replaceChildren();
  for (const device of player.devices) {
    const item = document.createElement('li');
    item.textContent = `${device.name} (${device.type})${device.isActive ? ' · active' : ''}${device.idle ? ' · idle: its first command answers 404' : ''}`;
    list.append(item);
  }
}

function renderState(state) {
  const { linking } = state;
  const status = $('link-status');
  status.textContent = linking.linked ? 'linked' : 'not linked';
  status.dataset.linked = String(linking.linked);
  $('link-detail').textContent = linking.linked
    ? `token expires ${new Date(linking.expiresAt).toLocaleTimeString()}${linking.refreshCount ? `, refreshed ${linking.refreshCount}×` : ''}`
    : '';
  $('link').textContent = linking.linked ? 'Relink account' : 'Link account';
  $('unlink').disabled = !linking.linked;
  $('expire').disabled = !linking.linked;
  $('memory-detail').textContent = state.memory ? `container #${state.container}; memory: ${state.memory}` : '';
  for (const input of document.querySelectorAll('input[name="mode"]')) input.checked = input.value === state.mode;
  for (const input of document.querySelectorAll('input[name="scheme"]')) input.checked = input.value === linking.scheme;
  renderSuggestions(state);
  renderDevice(state);
  renderEchoes(state);
  renderPlayer(state.player);
}

function renderCard(card) {
  const holder = $('card');
  holder.replaceChildren();
  if (!card) {
    holder.textContent = '—';
    return;
  }
  const box = document.createElement('div');
  box.className = 'card';
  const title = document.createElement('h3');
  if (card.type === 'LinkAccount') {
    box.classList.add('link-account');
    box.dataset.cardType = 'LinkAccount';
    title.textContent = 'Link your account';
    const text = document.createElement('p');
    text.textContent = 'Playlist Reader needs your Demo Music account to read your playlists.';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'primary';
    button.textContent = 'Link account';
    button.addEventListener('click', link);
    box.append(title, text, button);
  } else {
    box.dataset.cardType = card.type;
    title.textContent = card.title || card.type;
    const text = document.createElement('p');
    text.textContent = card.content || '';
    box.append(title, text);
  }
  holder.append(box);
}

/**
 * A sketch of what the screen shows, from the document's datasource: the title and one row per
 * playlist or track. A playlist row is a button, and pressing it sends what the real document's
 * TouchWrapper sends: a UserEvent with ['openPlaylist', id, name].
 */
function renderApl(documents) {
  const holder = $('apl');
  holder.replaceChildren();
  if (!documents || !documents.length) {
    holder.textContent = $('screen').checked ? 'no APL document in this response' : '— (voice-only device)';
    return;
  }
  for (const doc of documents) {
    const box = document.createElement('div');
    box.className = 'apl';
    box.dataset.aplToken = doc.token;
    const badge = document.createElement('p');
    badge.className = 'apl-badge';
    badge.textContent = `APL document sent: ${doc.token}`;
    const title = document.createElement('h3');
    title.textContent = doc.title;
    const list = document.createElement('ol');
    for (const item of doc.items) {
      const row = document.createElement('li');
      const primary = document.createElement(item.id ? 'button' : 'span');
      primary.className = 'apl-primary';
      primary.textContent = item.primary;
      if (item.id) {
        primary.type = 'button';
        primary.dataset.playlistId = item.id;
        primary.title = 'Touch, as on a screen: sends Alexa.Presentation.APL.UserEvent';
        primary.addEventListener('click', () => touch(doc.token, ['openPlaylist', item.id, item.primary]));
      }
      const secondary = document.createElement('span');
      secondary.className = 'muted';
      secondary.textContent = item.secondary;
      row.append(primary, ' ', secondary);
      list.append(row);
    }
    box.append(badge, title, list);
    holder.append(box);
  }
}

function renderTurn(turn) {
  $('speech').textContent = turn.speech || '(says nothing)';
  $('reprompt').textContent = turn.reprompt || '—';
  // As on a device, an answer to "which one?" goes back to the intent that asked.
  $('session').textContent = !turn.sessionOpen
    ? 'ended'
    : turn.elicitation
      ? `open, asking for ${turn.elicitation.slot} of ${turn.elicitation.intent}`
      : 'open';
  renderCard(turn.card);
  renderApl(turn.apl);
  $('attributes').textContent = JSON.stringify(turn.sessionAttributes, null, 2);
  $('request-json').textContent = JSON.stringify(turn.request, null, 2);
  $('response-json').textContent = JSON.stringify(turn.response, null, 2);
}

async function converse(path, body) {
  $('answer').setAttribute('aria-busy', 'true');
  try {
    const { turn, state } = await call(path, body);
    renderTurn(turn);
    renderState(state);
    notice('');
  } catch (error) {
    notice(error.message, true);
  } finally {
    $('answer').removeAttribute('aria-busy');
  }
}

async function say(utterance) {
  const text = utterance.trim();
  if (!text) return;
  $('utterance').value = text;
  await converse('say', { utterance: text });
  $('utterance').select();
}

function touch(token, args) {
  return converse('touch', { token, arguments: args });
}

async function link() {
  try {
    const { authorizationUrl } = await call('link', {});
    // Same tab, as the Alexa app does: the provider sends the person back here.
    window.location.assign(authorizationUrl);
  } catch (error) {
    notice(error.message, true);
  }
}

async function act(path, body, message) {
  try {
    renderState(await call(path, body));
    if (message) notice(message);
  } catch (error) {
    notice(error.message, true);
  }
}

function readRedirect() {
  const params = new URLSearchParams(window.location.search);
  if (params.has('linked')) notice('Account linked.');
  if (params.has('linkError')) notice(`Linking failed: ${params.get('linkError')}`, true);
  if (params.has('linked') || params.has('linkError')) history.replaceState(null, '', '/');
}

document.addEventListener('DOMContentLoaded', async () => {
  $('say-form').addEventListener('submit', (event) => {
    event.preventDefault();
    say($('utterance').value);
  });
  $('link').addEventListener('click', link);
  $('unlink').addEventListener('click', () => act('unlink', {}, 'Account unlinked.'));
  $('new-container').addEventListener('click', () =>
    act(
      'new-container',
      {},
      'New container: the skill and its cache start afresh, as after a Lambda cold start. The memory table lives on.',
    ),
  );
  $('add-song').addEventListener('click', async () => {
    try {
      const result = await call('add-song', {});
      renderState(result.state);
      notice(`Added ${result.added} to ${result.playlist}; its snapshot_id changed.`);
    } catch (error) {
      notice(error.message, true);
    }
  });
  $('expire').addEventListener('click', () =>
    act('expire', {}, 'The provider expired the token. Alexa will not know until the next request.'),
  );
  for (const input of document.querySelectorAll('input[name="mode"]')) {
    input.addEventListener('change', () => act('mode', { mode: input.value }, `Account linking is now ${input.value}.`));
  }
  $('locale').addEventListener('change', (event) =>
    act(
      'locale',
      { locale: event.target.value },
      `Now talking in ${LOCALE_NAMES[event.target.value] || event.target.value}; a new session starts.`,
    ),
  );
  $('screen').addEventListener('change', (event) =>
    act(
      'screen',
      { screen: event.target.checked },
      event.target.checked ? 'Now a screen device: requests say it supports APL.' : 'Now a voice-only device.',
    ),
  );
  $('echo').addEventListener('change', (event) =>
    act('echo', { echo: event.target.value }, `Now talking from ${event.target.selectedOptions[0].textContent}; a new session starts.`),
  );
  for (const input of document.querySelectorAll('input[name="scheme"]')) {
    input.addEventListener('change', () => act('scheme', { scheme: input.value }, 'Client authentication changed on both sides.'));
  }
  readRedirect();
  try {
    renderState(await call('state'));
  } catch (error) {
    notice(error.message, true);
  }
  document.body.dataset.ready = 'true';
});

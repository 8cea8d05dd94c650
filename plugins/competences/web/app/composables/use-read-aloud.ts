import { onBeforeUnmount, onMounted, ref } from 'vue';

/** The voices to look for, best first, per language (the app's or a framework's). */
const VOICE_PREFERENCE: Record<string, string[]> = { nl: ['nl-BE', 'nl'], en: ['en-GB', 'en'] };

/** The first voice of the most preferred language; `nl` also matches `nl-NL` and `nl_BE`. */
export function pickVoice(
  voices: SpeechSynthesisVoice[], preference: string[],
): SpeechSynthesisVoice | undefined {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  for (const wanted of preference.map((p) => p.toLowerCase())) {
    const found = voices.find((v) => lang(v) === wanted || lang(v).startsWith(`${wanted}-`));
    if (found) return found;
  }
  return undefined;
}

/**
 * A piece of what a screen reads aloud, in `lang` (`nl`, `en`): a framework's words in the
 * framework's language, whatever language the screen is in. Without `lang`, the screen's.
 */
export interface SpokenPart {
  text: string;
  lang?: string;
}

/**
 * Reads text aloud with the browser's own speech synthesis: nothing is sent anywhere. Without
 * speechSynthesis (some browsers, some phones) `supported` is false and no button is shown.
 * Each part is its own utterance, with a voice of its own language.
 */
export function useReadAloud() {
  const { locale } = useI18n();
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const speaking = ref(false);
  const voices = ref<SpeechSynthesisVoice[]>([]);
  /** Which reading is the latest: a cancelled one ending late must not end the next. */
  let reading = 0;

  // Chromium lists its voices only after `voiceschanged`; until then the default voice speaks.
  const readVoices = () => {
    voices.value = window.speechSynthesis.getVoices();
  };

  function utterance(part: SpokenPart): SpeechSynthesisUtterance {
    const language = part.lang ?? locale.value;
    const preference = VOICE_PREFERENCE[language] ?? [];
    const voice = pickVoice(voices.value, preference);
    const spoken = new SpeechSynthesisUtterance(part.text);
    if (voice) spoken.voice = voice;
    spoken.lang = voice?.lang ?? preference[0] ?? language;
    // A little slower than usual: the listener often reads along.
    spoken.rate = 0.9;
    return spoken;
  }

  function speak(text: string | SpokenPart[]): void {
    if (!supported) return;
    const parts = (typeof text === 'string' ? [{ text }] : text)
      .filter((part) => part.text.trim() !== '');
    if (!parts.length) return;

    window.speechSynthesis.cancel();
    const utterances = parts.map(utterance);
    const mine = ++reading;
    const done = () => {
      if (mine === reading) speaking.value = false;
    };
    utterances.at(-1)!.onend = done;
    for (const spoken of utterances) spoken.onerror = done;
    speaking.value = true;
    for (const spoken of utterances) window.speechSynthesis.speak(spoken);
  }

  function stop(): void {
    if (!supported) return;
    window.speechSynthesis.cancel();
    speaking.value = false;
  }

  onMounted(() => {
    if (!supported) return;
    readVoices();
    window.speechSynthesis.addEventListener('voiceschanged', readVoices);
  });
  // Leaving the screen stops reading: the next question must not be drowned by the last one.
  onBeforeUnmount(() => {
    if (!supported) return;
    window.speechSynthesis.removeEventListener('voiceschanged', readVoices);
    stop();
  });

  return { supported, speaking, speak, stop };
}

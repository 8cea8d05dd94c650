import { onBeforeUnmount, onMounted, ref } from 'vue';

/** The voices to look for, best first, per language of the app; else the browser's default. */
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
 * Reads text aloud with the browser's own speech synthesis: nothing is sent anywhere. Without
 * speechSynthesis (some browsers, some phones) `supported` is false and no button is shown.
 */
export function useReadAloud() {
  const { locale } = useI18n();
  const supported = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const speaking = ref(false);
  const voices = ref<SpeechSynthesisVoice[]>([]);

  // Chromium lists its voices only after `voiceschanged`; until then the default voice speaks.
  const readVoices = () => {
    voices.value = window.speechSynthesis.getVoices();
  };

  function speak(text: string): void {
    if (!supported) return;

    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    const preference = VOICE_PREFERENCE[locale.value] ?? [];
    const voice = pickVoice(voices.value, preference);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? preference[0] ?? locale.value;
    // A little slower than usual: the listener often reads along.
    utterance.rate = 0.9;
    utterance.onend = () => (speaking.value = false);
    utterance.onerror = () => (speaking.value = false);
    speaking.value = true;
    window.speechSynthesis.speak(utterance);
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

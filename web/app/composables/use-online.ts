import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue';

/** Whether the browser has a connection, as navigator.onLine and its online/offline events say. */
export function useOnline(): Readonly<Ref<boolean>> {
  const online = ref(navigator.onLine);
  const update = () => {
    online.value = navigator.onLine;
  };

  onMounted(() => {
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return readonly(online);
}

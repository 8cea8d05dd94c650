import { definePlugin } from '@dots/core';

export default definePlugin({
  id: 'reminders',
  version: '0.1.0',
  labelNl: 'Herinneringen',
  labelEn: 'Reminders',
});

/** The read-aloud player's text in simplified Chinese; traditional Chinese is made from it at build time. */
export const messages = {
  label: '朗读本页',
  play: '朗读',
  pause: '暂停',
  resume: '继续',
  stop: '停止',
  speed: '语速',
  slow: '慢',
  normal: '正常',
  fast: '快',
  noSpeech: '这个浏览器不能朗读。可以换用手机自带的浏览器打开本页再试。',
  noVoice: '这部手机没有中文语音，所以不能朗读本页。可以在手机设置的“文字转语音”里下载中文语音包，再回来试。',
};

export type ReadAloudMessages = Record<keyof typeof messages, string>;

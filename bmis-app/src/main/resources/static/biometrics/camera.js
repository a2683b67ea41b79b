// Face capture through the browser camera (getUserMedia), with the file upload as fallback:
// the frame is drawn on a canvas, encoded as JPEG and placed in the form's file input.
(function () {
  'use strict';
  var start = document.getElementById('camera-start');
  var box = document.getElementById('camera');
  var video = document.getElementById('camera-video');
  var canvas = document.getElementById('camera-canvas');
  var shoot = document.getElementById('camera-shoot');
  var input = document.getElementById('photo');
  var form = document.getElementById('face-form');
  if (!start || !video || !input || !form) {
    return;
  }
  if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || typeof DataTransfer === 'undefined') {
    start.hidden = true; // no camera API: the file upload remains
    return;
  }
  var stream = null;
  start.addEventListener('click', function () {
    navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 960 }, height: { ideal: 1280 } }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        box.hidden = false;
        start.hidden = true;
      })
      .catch(function () {
        start.disabled = true; // refused or no camera: the file upload remains
      });
  });
  shoot.addEventListener('click', function () {
    var w = video.videoWidth;
    var h = video.videoHeight;
    if (!w || !h) {
      return;
    }
    // the reason for a capture outside an inspection is required: ask for it before shooting
    if (!form.reportValidity()) {
      return;
    }
    // portrait crop (3:4) from the middle of the frame
    var cw = Math.min(w, Math.round(h * 3 / 4));
    canvas.width = cw;
    canvas.height = h;
    canvas.getContext('2d').drawImage(video, (w - cw) / 2, 0, cw, h, 0, 0, cw, h);
    canvas.toBlob(function (blob) {
      var dt = new DataTransfer();
      dt.items.add(new File([blob], 'camera.jpg', { type: 'image/jpeg' }));
      input.files = dt.files;
      if (stream) {
        stream.getTracks().forEach(function (t) { t.stop(); });
      }
      form.submit();
    }, 'image/jpeg', 0.92);
  });
})();

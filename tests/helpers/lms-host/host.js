/*
 * A test LMS: installs scorm-again's runtime as `window.API` (SCORM 1.2) or `window.API_1484_11`
 * (SCORM 2004), wraps every API call so the tests can count them and see each one's error
 * code, and launches a package's `index.html` in a frame, two frames deep, or in a popup.
 * It can also misbehave the way real LMSes do: refuse to save, throw, leave values empty.
 * Driven from the tests through `window.lmsHost` (see tests/helpers/lms-host.ts).
 */
(function () {
  'use strict';

  var dialects = {
    scorm12: {
      global: 'API',
      create: function (settings) { return new window.Scorm12API(settings); },
      initialize: 'LMSInitialize', terminate: 'LMSFinish', getValue: 'LMSGetValue', setValue: 'LMSSetValue',
      commit: 'LMSCommit', getLastError: 'LMSGetLastError', getErrorString: 'LMSGetErrorString', getDiagnostic: 'LMSGetDiagnostic',
      entry: function (api, value) { api.cmi.core.entry = value; },
    },
    scorm2004: {
      global: 'API_1484_11',
      create: function (settings) { return new window.Scorm2004API(settings); },
      initialize: 'Initialize', terminate: 'Terminate', getValue: 'GetValue', setValue: 'SetValue',
      commit: 'Commit', getLastError: 'GetLastError', getErrorString: 'GetErrorString', getDiagnostic: 'GetDiagnostic',
      entry: function (api, value) { api.cmi.entry = value; },
    },
  };

  var host = {
    /** Every API call: { call, args, result, error } with `error` the GetLastError code after it. */
    calls: [],
    /** scorm-again's own log messages: { level, text }. */
    messages: [],
    api: null,
    dialect: null,
    content: null,
  };
  window.lmsHost = host;

  /**
   * options: {
   *   version: 'scorm12' | 'scorm2004',
   *   layout: 'frame' | 'nested' | 'popup',
   *   src: the launch page's address, relative to this page,
   *   cmi: CMI data from an earlier session (scorm-again's JSON) or null,
   *   entry: the `entry` value to start with ('ab-initio', 'resume') or null,
   *   learnerName: the learner's name as the LMS has it,
   *   fault: null | 'refuse' (SetValue and Commit answer "false", error 101) | 'commit-throws'
   *     | 'throws' (every call throws, GetLastError too) | 'init-false' (Initialize answers "false",
   *     error 101, so the rest answer as to content that never started) | 'slow-commit' (Commit
   *     takes 2 seconds, as over a slow network, and then works),
   *   blank: CMI elements whose GetValue answers '' (an LMS that leaves them unset)
   * }
   */
  host.launch = function (options) {
    // Only the version asked for is loaded: scorm-again's two runtimes are 2.5 MB together.
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = options.version + '.js';
      script.onload = function () {
        try {
          start(options);
          resolve();
        } catch (error) {
          reject(error);
        }
      };
      script.onerror = function () { reject(new Error('Could not load ' + script.src)); };
      document.head.appendChild(script);
    });
  };

  function start(options) {
    var dialect = dialects[options.version];
    host.dialect = dialect;
    var api = dialect.create({
      autocommit: false,
      lmsCommitUrl: false,
      logLevel: 4,
      onLogMessage: function (level, text) { host.messages.push({ level: String(level), text: String(text) }); },
    });
    var learner = options.version === 'scorm12'
      ? { core: { student_id: 'learner-1', student_name: options.learnerName || 'Taylor, Sam' } }
      : { learner_id: 'learner-1', learner_name: options.learnerName || 'Taylor, Sam' };
    api.loadFromJSON(learner);
    if (options.cmi) api.loadFromJSON(options.cmi);
    if (options.entry) dialect.entry(api, options.entry);
    host.api = api;
    window[dialect.global] = wrap(api, dialect, options.fault || null, options.blank || []);

    var player = document.getElementById('player');
    if (options.layout === 'popup') {
      host.content = window.open(options.src, 'copack-content', 'width=1024,height=768');
    } else {
      var frame = document.createElement('iframe');
      frame.id = 'content';
      frame.title = 'Course';
      frame.style.width = '1024px';
      frame.style.height = '768px';
      frame.src = options.layout === 'nested' ? 'frame.html?src=' + encodeURIComponent(options.src) : options.src;
      player.appendChild(frame);
      host.content = frame;
    }
  }

  /** Ends the content's visit the way an LMS does: the frame (or popup) moves on to another page. */
  host.unload = function () {
    if (host.content && 'contentWindow' in host.content) host.content.src = 'about:blank';
    else if (host.content) host.content.location.href = 'about:blank';
  };

  /** The CMI data as the LMS would store it: scorm-again's JSON of its data model. */
  host.stored = function () {
    return JSON.parse(JSON.stringify(host.api.renderCMIToJSONObject()));
  };

  /** Changes the fault from now on, as when an LMS's connection drops or comes back mid-session. */
  host.setFault = function (fault) { host.fault = fault || null; };

  function wrap(api, dialect, initialFault, blank) {
    host.fault = initialFault;
    var faultCode = null;
    var original = {};
    ['initialize', 'terminate', 'getValue', 'setValue', 'commit', 'getLastError', 'getErrorString', 'getDiagnostic'].forEach(function (key) {
      original[key] = api[dialect[key]].bind(api);
    });
    var lastError = function () { return faultCode !== null ? faultCode : String(original.getLastError()); };
    var wrapped = {};
    function record(key, args, run) {
      var entry = { call: dialect[key], args: Array.prototype.slice.call(args).map(String), result: '', error: '' };
      host.calls.push(entry);
      try {
        faultCode = null;
        if (host.fault === 'throws') throw new Error('The LMS is down');
        var result = run();
        entry.result = String(result);
        entry.error = lastError();
        return result;
      } catch (error) {
        entry.result = 'threw';
        entry.error = String(error && error.message);
        throw error;
      }
    }
    wrapped[dialect.initialize] = function () {
      var a = arguments;
      return record('initialize', a, function () {
        if (host.fault === 'init-false') { faultCode = '101'; return 'false'; }
        return original.initialize.apply(null, a);
      });
    };
    wrapped[dialect.terminate] = function () { var a = arguments; return record('terminate', a, function () { return original.terminate.apply(null, a); }); };
    wrapped[dialect.getValue] = function (element) {
      var a = arguments;
      return record('getValue', a, function () { return blank.indexOf(element) >= 0 ? '' : original.getValue.apply(null, a); });
    };
    wrapped[dialect.setValue] = function () {
      var a = arguments;
      return record('setValue', a, function () {
        if (host.fault === 'refuse') { faultCode = '101'; return 'false'; }
        return original.setValue.apply(null, a);
      });
    };
    wrapped[dialect.commit] = function () {
      var a = arguments;
      return record('commit', a, function () {
        if (host.fault === 'refuse') { faultCode = '101'; return 'false'; }
        if (host.fault === 'commit-throws') throw new Error('The LMS lost its connection');
        // `closeOnNextCommit`: the window is closed while this commit is still going on.
        if (host.closeOnNextCommit && host.content && typeof host.content.close === 'function') {
          host.closeOnNextCommit = false;
          host.content.close();
        }
        if (host.fault === 'slow-commit') {
          // A synchronous request to a slow server, as SCORM's API calls are: the page waits.
          var until = Date.now() + 2000;
          while (Date.now() < until) { /* waiting for the server */ }
          host.slowCommits = (host.slowCommits || 0) + 1;
        }
        return original.commit.apply(null, a);
      });
    };
    // The error calls are passed straight through (a fault's code included), and not logged.
    wrapped[dialect.getLastError] = function () {
      if (host.fault === 'throws') throw new Error('The LMS is down');
      return lastError();
    };
    wrapped[dialect.getErrorString] = function (code) { return original.getErrorString(code); };
    wrapped[dialect.getDiagnostic] = function (code) { return original.getDiagnostic(code); };
    return wrapped;
  }
})();

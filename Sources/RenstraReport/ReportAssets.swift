/// The page's inline style sheet and script. Nothing is loaded from anywhere else.
enum ReportAssets {
    static let style: StaticString = """
        body{font:14px/1.4 system-ui,sans-serif;margin:0 24px 80px;color:#1d232a;background:#fff}
        h1{font-size:22px;margin:20px 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d7dce1}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0}dl.meta dt{color:#5b6670}
        dl.meta dd{margin:0}.verdict{display:inline-block;padding:4px 10px;border-radius:4px;font-weight:600}
        .verdict.fail{background:#fde2e1;color:#8a1c17}.verdict.pass{background:#dff3e3;color:#1b5e2b}
        table{border-collapse:collapse}table.counts td,table.counts th,table.money td,table.money th{padding:3px 10px;border:1px solid #d7dce1}
        table.matrix{font-size:12px}table.matrix th{background:#eef1f4;position:sticky;top:0;border:1px solid #c9d0d6;padding:3px 5px}
        table.matrix td{border:1px solid #dde2e6;padding:2px 5px;vertical-align:top}td.num{text-align:right;white-space:nowrap}
        td.level{color:#5b6670;font-size:11px}td.nama{min-width:220px}
        tr.tujuan,tr.sasaran,tr.urusan,tr.bidang{background:#f7f8fa}tr.program{background:#eef4fb;font-weight:600}
        tr.total{background:#eef1f4;font-weight:700}
        td.flagged{cursor:pointer;position:relative}td.flagged .a1{display:block;font:10px monospace;color:#555}
        td.sev-error{background:#f8c9c6;box-shadow:inset 0 0 0 2px #c62828}
        td.sev-warning{background:#fde9b5;box-shadow:inset 0 0 0 2px #d99a00}
        td.sev-info{background:#d8e8fb;box-shadow:inset 0 0 0 2px #4a7fc1}
        td.related{background:#f3f0fa}td:target,tr:target>td{outline:3px solid #6a1b9a;outline-offset:-3px}
        td.selected{outline:3px solid #6a1b9a;outline-offset:-3px}
        .badge{display:inline-block;min-width:70px;text-align:center;border-radius:3px;padding:0 6px;font-size:12px}
        .badge.sev-error{background:#c62828;color:#fff}.badge.sev-warning{background:#d99a00;color:#fff}
        .badge.sev-info{background:#4a7fc1;color:#fff}ol.findings{padding-left:28px}
        ol.findings li{margin:0 0 10px;padding:4px 6px;border-radius:4px}ol.findings li:target,ol.findings li.selected{background:#f1e6f7}
        .a1{font-family:monospace}.title{color:#5b6670}p.message{margin:2px 0}p.note,p.related,.hint{margin:2px 0;color:#5b6670;font-size:12px}
        .value{margin-right:14px;font-size:12px}svg.chart text{font-size:11px;fill:#1d232a}svg.chart text.year{text-anchor:middle}
        svg.chart rect{fill:#3d7ab8}svg.chart rect:hover{fill:#1f4e79}
        #detail{position:fixed;right:16px;bottom:16px;max-width:460px;max-height:50vh;overflow:auto;background:#fff;
        border:1px solid #9aa5af;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.2);padding:8px 12px}
        #detail[hidden]{display:none}#detail ol{padding-left:18px;margin:6px 0}
        """

    /// Click a coloured cell to list its findings in a panel and mark them in the list; the page
    /// writes what it shows into `body` data attributes, which the browser test reads.
    static let script: StaticString = """
        (function () {
          var panel = document.getElementById('detail');
          var list = panel.querySelector('ol');
          function clear() {
            document.querySelectorAll('.selected').forEach(function (el) { el.classList.remove('selected'); });
          }
          document.getElementById('detail-close').addEventListener('click', function () { panel.hidden = true; clear(); });
          document.querySelectorAll('td[data-findings]').forEach(function (cell) {
            cell.addEventListener('click', function () {
              clear();
              cell.classList.add('selected');
              list.textContent = '';
              cell.getAttribute('data-findings').split(' ').forEach(function (id) {
                var item = document.getElementById(id);
                if (!item) { return; }
                item.classList.add('selected');
                var copy = item.cloneNode(true);
                copy.removeAttribute('id');
                list.appendChild(copy);
              });
              panel.hidden = false;
            });
          });
          var body = document.body;
          var flagged = document.querySelector('td.flagged');
          body.setAttribute('data-shown-findings', String(document.querySelectorAll('#findings > li.finding').length));
          body.setAttribute('data-flagged-cells', String(document.querySelectorAll('td.flagged').length));
          body.setAttribute('data-flagged-background', flagged ? getComputedStyle(flagged).backgroundColor : 'none');
          body.setAttribute('data-ready', 'yes');
        })();
        """
}

#include "show/html_page.h"

namespace dateline {

namespace {

constexpr std::string_view kHead = R"HTML(<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>)HTML";

constexpr std::string_view kBody = R"HTML(</title>
<style>
:root{--ink:#1d2430;--mute:#6b7280;--line:#d5dae1;--accent:#b4372d;--bg:#fbfaf7}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 Georgia,serif;color:var(--ink);background:var(--bg)}
header{padding:18px 28px;border-bottom:1px solid var(--line);background:#fff}
h1{font:600 20px/1.2 system-ui,sans-serif;margin:0 0 4px}
.sub{color:var(--mute);font:13px system-ui,sans-serif}
form{display:flex;gap:8px;flex-wrap:wrap;margin-top:10px;font:14px system-ui,sans-serif}
input,select,button{font:inherit;padding:5px 8px;border:1px solid var(--line);border-radius:4px}
button{background:var(--ink);color:#fff;border:0;cursor:pointer}
nav{display:flex;gap:16px;margin-top:10px;font:14px system-ui,sans-serif}
nav a{color:var(--mute);text-decoration:none;cursor:pointer}nav a.on{color:var(--accent);font-weight:600}
main{max-width:980px;margin:0 auto;padding:20px 28px}
.tl{position:relative;margin-left:120px;border-left:2px solid var(--line)}
.day{position:relative;padding:0 0 22px 22px}
.day:before{content:"";position:absolute;left:-7px;top:6px;width:12px;height:12px;border-radius:50%;background:var(--accent)}
.date{position:absolute;left:-124px;top:1px;width:104px;text-align:right;font:600 14px system-ui,sans-serif}
.meta{font:12px system-ui,sans-serif;color:var(--mute)}
.bar{display:inline-block;height:6px;background:var(--accent);opacity:.55;border-radius:3px;margin-right:6px;vertical-align:middle}
.sent{margin:4px 0}.src{font:12px system-ui,sans-serif;color:var(--mute)}
.src a{color:var(--mute)}
table{border-collapse:collapse;width:100%;font:13px system-ui,sans-serif}
td,th{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
.chart{margin:8px 0 18px}.empty{color:var(--mute);font-style:italic}
article.doc{background:#fff;border:1px solid var(--line);padding:16px 20px;white-space:pre-wrap}
mark{background:#f6e3a1}
</style></head><body>
<header><h1>dateline</h1><div class="sub" id="sub"></div>
<div id="controls" hidden>
<form id="f"><input id="q" placeholder="query, e.g. Nagorno-Karabakh" size="28">
<input id="from" placeholder="from YYYY-MM-DD" size="14"><input id="to" placeholder="to YYYY-MM-DD" size="14">
<button>Show</button></form>
<nav><a data-v="timeline" class="on">Timeline</a><a data-v="events">Events</a><a data-v="search">Search</a></nav>
</div></header>
<main id="out"></main>
<script id="data" type="application/json">)HTML";

constexpr std::string_view kTail = R"HTML(</script>
<script>
"use strict";
const $=s=>document.querySelector(s);
const esc=s=>String(s==null?"":s).replace(/[&<>"']/g,c=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"}[c]));
const embedded=$("#data").textContent.trim();
let view="timeline";
function drawTimeline(t){
  $("#sub").textContent="Timeline: "+t.query+(t.from||t.to?" ("+(t.from||"start")+" .. "+(t.to||"end")+")":"");
  if(!t.dates.length){$("#out").innerHTML='<p class="empty">No dated sentences match.</p>';return;}
  const max=Math.max(...t.dates.map(d=>d.score));
  let h='<div class="tl">';
  for(const d of t.dates){
    h+='<div class="day"><div class="date">'+esc(d.date)+'</div><div class="meta"><span class="bar" style="width:'+
      Math.max(4,Math.round(120*d.score/max))+'px"></span>'+d.articles+' article'+(d.articles==1?'':'s')+', '+
      d.events+' event'+(d.events==1?'':'s')+'</div>';
    for(const s of d.sentences){
      h+='<p class="sent">'+esc(s.text)+'<br><span class="src">'+esc(s.article_date)+' · '+
        (embedded?esc(s.title||s.article):'<a href="#" data-a="'+esc(s.article)+'">'+esc(s.title||s.article)+'</a>')+'</span></p>';
    }
    h+='</div>';
  }
  $("#out").innerHTML=h+'</div>';
}
function drawEvents(list){
  const counts={};for(const e of list){if(e.date)counts[e.date]=(counts[e.date]||0)+1;}
  const days=Object.keys(counts).sort();let h='';
  if(days.length){
    const max=Math.max(...Object.values(counts)),w=Math.max(3,Math.floor(900/days.length));
    h+='<svg class="chart" width="'+(w*days.length)+'" height="90">';
    days.forEach((d,i)=>{const bh=Math.round(70*counts[d]/max);
      h+='<rect x="'+(i*w)+'" y="'+(75-bh)+'" width="'+(w-1)+'" height="'+bh+'" fill="#b4372d" opacity=".6"><title>'+d+': '+counts[d]+'</title></rect>';});
    h+='<text x="0" y="88" font-size="10">'+days[0]+'</text><text x="'+(w*days.length)+'" y="88" font-size="10" text-anchor="end">'+days[days.length-1]+'</text></svg>';
  }
  h+='<table><tr><th>date</th><th>type</th><th>source</th><th>target</th><th>status</th><th>sentence</th></tr>';
  for(const e of list){
    h+='<tr><td>'+esc(e.date)+'</td><td>'+esc(e.type)+'<br><span class="meta">'+esc(e.cameo)+'</span></td><td>'+
      esc(e.source&&(e.source.code||e.source.text))+'</td><td>'+esc(e.target&&(e.target.code||e.target.text))+'</td><td>'+
      esc(e.status)+'</td><td>'+esc(e.sentence_text||"")+'</td></tr>';
  }
  $("#out").innerHTML=(list.length?h+'</table>':'<p class="empty">No events match.</p>');
}
function drawSearch(hits){
  let h='';for(const x of hits){h+='<p class="sent">'+esc(x.text)+'<br><span class="src">'+esc(x.date)+
    ' · <a href="#" data-a="'+esc(x.article)+'">'+esc(x.title||x.article)+'</a></span></p>';}
  $("#out").innerHTML=h||'<p class="empty">No matches.</p>';
}
async function getJson(url){const r=await fetch(url);const j=await r.json();if(!r.ok)throw new Error(j.error||r.statusText);return j;}
async function run(){
  const p=new URLSearchParams();const q=$("#q").value.trim();
  if($("#from").value)p.set("from",$("#from").value);if($("#to").value)p.set("to",$("#to").value);
  try{
    if(view==="timeline"){p.set("q",q);drawTimeline(await getJson("/api/timeline?"+p));}
    else if(view==="events"){if(q)p.set("text",q);p.set("limit","500");drawEvents(await getJson("/api/events?"+p));}
    else{p.set("q",q);drawSearch(await getJson("/api/search?"+p));}
  }catch(err){$("#out").innerHTML='<p class="empty">'+esc(err.message)+'</p>';}
}
async function showArticle(id){
  const a=await getJson("/api/article/"+encodeURIComponent(id));
  $("#out").innerHTML='<h2>'+esc(a.title||a.id)+'</h2><p class="meta">'+esc(a.date)+' · '+esc(a.path)+'</p><article class="doc">'+esc(a.body)+'</article>';
}
if(embedded){drawTimeline(JSON.parse(embedded));}
else{
  $("#controls").hidden=false;$("#sub").textContent="Query the stored articles.";
  $("#q").value="Nagorno-Karabakh";
  $("#f").addEventListener("submit",e=>{e.preventDefault();run();});
  document.querySelectorAll("nav a").forEach(a=>a.addEventListener("click",()=>{
    document.querySelectorAll("nav a").forEach(b=>b.classList.remove("on"));a.classList.add("on");view=a.dataset.v;run();}));
  $("#out").addEventListener("click",e=>{const id=e.target.dataset&&e.target.dataset.a;if(id){e.preventDefault();showArticle(id);}});
  run();
}
</script></body></html>
)HTML";

void AppendEscapedHtml(std::string_view s, std::string* out) {
  for (char c : s) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      default:
        out->push_back(c);
    }
  }
}

}  // namespace

std::string RenderPage(std::string_view title, std::string_view timeline_json) {
  std::string out;
  out.reserve(kHead.size() + kBody.size() + kTail.size() + timeline_json.size() + 64);
  out.append(kHead);
  out.append("dateline");
  if (!title.empty()) {
    out.append(" — ");
    AppendEscapedHtml(title, &out);
  }
  out.append(kBody);
  // Inside <script> only "</" can end the element early; JSON allows "<\/".
  for (size_t i = 0; i < timeline_json.size(); ++i) {
    out.push_back(timeline_json[i]);
    if (timeline_json[i] == '<' && i + 1 < timeline_json.size() && timeline_json[i + 1] == '/') {
      out.push_back('\\');
    }
  }
  out.append(kTail);
  return out;
}

}  // namespace dateline

#!/usr/bin/env python3
# Usage: python3 ops/method_sizes.py <src/main/java dir> [limit=40]
"""Method lengths: lines strictly between a method's name line and its closing brace (class/record/enum bodies,
anonymous classes included; lambdas count toward their method)."""
import re, sys, os
KW = {'if','for','while','switch','catch','synchronized','try','else','do','new','return','throw','case','finally'}
def strip(src):
    out=[]; i=0; n=len(src)
    while i<n:
        c=src[i]
        if src.startswith('"""',i):
            j=src.index('"""',i+3); out.append(re.sub(r'[^\n]',' ',src[i:j+3])); i=j+3; continue
        if c=='"' or c=="'":
            j=i+1
            while src[j]!=c:
                j+=2 if src[j]=='\\' else 1
            out.append(' '*(j+1-i)); i=j+1; continue
        if src.startswith('//',i):
            j=src.find('\n',i); j=n if j<0 else j; out.append(' '*(j-i)); i=j; continue
        if src.startswith('/*',i):
            j=src.index('*/',i+2); out.append(re.sub(r'[^\n]',' ',src[i:j+2])); i=j+2; continue
        out.append(c); i+=1
    return ''.join(out)
def methods(path):
    s=strip(open(path).read()); res=[]; stack=[]
    for m in re.finditer(r'[{}]', s):
        pos=m.start()
        if m.group()=='}':
            kind,name,line=stack.pop()
            if kind=='method':
                res.append((s.count('\n',0,pos)+1-line-1, name))
            continue
        before=s[max(0,pos-600):pos]
        head=re.split(r'[;{}]', before)[-1]
        parent = stack[-1][0] if stack else 'top'
        if re.search(r'\b(class|interface|enum|record)\s+\w+', head) or re.search(r'\bnew\s+[\w.<>, ]+\([^;]*\)\s*$', head) or parent=='enumconst':
            stack.append(('class','',0)); continue
        mm=re.search(r'(\w+)\s*(<[^>]*>)?\s*\((?:[^()]|\([^()]*\))*\)\s*(throws[\w\s,.]+)?\s*$', head)
        compact=re.search(r'\b(public|private|protected)?\s*([A-Z]\w*)\s*$', head)
        if parent=='class' and mm and mm.group(1) not in KW and '->' not in head and '=' not in head.split('(')[0]:
            line=s.count('\n',0,pos-len(head)+head.index(mm.group(1)))+1
            stack.append(('method',mm.group(1),line)); continue
        if parent=='class' and compact and '=' not in head and '->' not in head:
            line=s.count('\n',0,pos-len(head)+head.rindex(compact.group(2)))+1
            stack.append(('method',compact.group(2),line)); continue
        stack.append(('block','',0))
    return res
root=sys.argv[1]; limit=int(sys.argv[2]) if len(sys.argv)>2 else 40
allm=[]
for d,_,fs in os.walk(root):
    for f in fs:
        if f.endswith('.java'):
            p=os.path.join(d,f)
            for n,name in methods(p):
                allm.append((n, os.path.relpath(p,root).replace('.java','').split('/')[-1]+'.'+name))
allm.sort(reverse=True)
ns=sorted(n for n,_ in allm)
print(f"methods {len(ns)}, median {ns[len(ns)//2]}, p90 {ns[int(len(ns)*0.9)]}, over {limit}: {sum(1 for n in ns if n>limit)}")
for n,name in allm:
    if n>limit: print(f"  {n:4d} {name}")

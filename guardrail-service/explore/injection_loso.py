"""Exploration of injection-classifier variants by leave-one-source-out (LOSO), outside the JVM.

Input: the TSV written by DumpInjectionFeatures (source, label, embedding + lexical features, de-obfuscated text).
Every variant is scored the trainer's way: for each source, fit on all others, score the one left out; the
threshold is the lowest at which the pooled benign FPR of those out-of-source scores is <= 3 %; report pooled F1.
The logistic regression matches injection.LogisticFit (same sample weights, standardisation, L2, n-gram scale 10):
its emb+lex l2=0.001 run reproduces the Java trainer's pooled F1 0.589. Numpy + SciPy only; nothing here ships.
Run: PYTHONHASHSEED=0 OMP_NUM_THREADS=1 python3 guardrail-service/explore/injection_loso.py FEATURES.tsv
"""
import sys
import numpy as np, scipy.sparse as sp, sys, re, math
from scipy.optimize import minimize
from collections import Counter
rows=[l.rstrip('\n').split('\t') for l in open(sys.argv[1],encoding='utf-8')]
src=np.array([r[0] for r in rows]); y=np.array([int(r[1]) for r in rows])
D=np.array([[float(v) for v in r[2].split(',')] for r in rows])
def unesc(s): return re.sub(r'\\(.)', lambda m: {'n':'\n','t':'\t','r':'\r','\\':'\\'}.get(m.group(1),m.group(1)), s)
T=[unesc(r[3]) for r in rows]
EMB=D[:,:384]; LEX=D[:,384:]
def jhash(s):
    h=0
    for c in s.encode('utf-16-le').decode('utf-16-le'): h=(31*h+ord(c))&0xffffffff
    return h
def norm_rows(M):
    n=np.sqrt(np.asarray(M.multiply(M).sum(1)).ravel()); n[n==0]=1
    return sp.diags(1/n)@M
def char_ngrams(texts,B=4096,lo=3,hi=5,maxc=4000):
    ri=[];ci=[];v=[]
    for i,t in enumerate(texts):
        s=' '+re.sub(r'\s+',' ',t[:maxc].lower()).strip()+' '
        c=Counter(hash(s[j:j+n])%B for n in range(lo,hi+1) for j in range(len(s)-n+1))
        for k,x in c.items(): ri.append(i);ci.append(k);v.append(x)
    return norm_rows(sp.csr_matrix((v,(ri,ci)),shape=(len(texts),B)))
def word_ngrams(texts,B=4096,maxc=4000):
    ri=[];ci=[];v=[]
    for i,t in enumerate(texts):
        w=re.findall(r'\w+',t[:maxc].lower())
        toks=w+[a+' '+b for a,b in zip(w,w[1:])]
        c=Counter(hash('w:'+x)%B for x in toks)
        for k,x in c.items(): ri.append(i);ci.append(k);v.append(x)
    return norm_rows(sp.csr_matrix((v,(ri,ci)),shape=(len(texts),B)))
def sample_weights(s,yy):
    keys=[a+str(b) for a,b in zip(s,yy)]; cnt=Counter(keys)
    w=np.array([1/math.sqrt(cnt[k]) for k in keys])
    for c in (0,1): w[yy==c]/=2*w[yy==c].sum()
    return w
def fit(Xd,Xs,yy,ss,l2,scale=10.0):
    mu=Xd.mean(0); sd=Xd.std(0); sd[sd<1e-12]=1
    Z=(Xd-mu)/sd
    X=sp.hstack([sp.csr_matrix(Z), Xs*scale]).tocsr() if Xs is not None else sp.csr_matrix(Z)
    w8=sample_weights(ss,yy); d=X.shape[1]
    def f(th):
        m=X@th[:d]+th[d]
        sfp=np.logaddexp(0,m); loss=np.sum(w8*(sfp-yy*m))+l2/2*th[:d]@th[:d]
        e=w8*(1/(1+np.exp(-m))-yy); g=np.empty(d+1); g[:d]=X.T@e+l2*th[:d]; g[d]=e.sum()
        return loss,g
    th=minimize(f,np.zeros(d+1),jac=True,method='L-BFGS-B',options={'maxiter':300}).x
    def pred(Xd2,Xs2):
        Z2=(Xd2-mu)/sd
        X2=sp.hstack([sp.csr_matrix(Z2), Xs2*scale]).tocsr() if Xs2 is not None else sp.csr_matrix(Z2)
        return 1/(1+np.exp(-(X2@th[:d]+th[d])))
    return pred
def loso(Xd,Xs,l2,scale=10.0):
    out=np.zeros(len(y))
    for s in np.unique(src):
        tr=src!=s; te=~tr
        p=fit(Xd[tr],Xs[tr] if Xs is not None else None,y[tr],src[tr],l2,scale)
        out[te]=p(Xd[te],Xs[te] if Xs is not None else None)
    return out
def thr(sc,maxfpr=0.03):
    b=np.sort(sc[y==0])[::-1]; k=int(math.floor(maxfpr*len(b)))
    # lowest t with fp<=k: t just above the (k+1)-th highest benign score
    return np.nextafter(b[k],1)
def report(name,sc,detail=False):
    t=thr(sc); p=sc>=t
    tp=np.sum(p&(y==1)); fp=np.sum(p&(y==0)); fn=np.sum(~p&(y==1))
    prec=tp/max(1,tp+fp); rec=tp/max(1,tp+fn); f1=2*prec*rec/max(1e-9,prec+rec)
    print(f"{name:50s} t={t:.4f} P={prec:.3f} R={rec:.3f} F1={f1:.3f} FPR={fp/np.sum(y==0):.3f}",flush=True)
    if detail:
        for s in np.unique(src):
            m=src==s; 
            r=np.mean(p[m&(y==1)]) if np.any(m&(y==1)) else float('nan')
            f=np.mean(p[m&(y==0)]) if np.any(m&(y==0)) else float('nan')
            print(f"   {s:28s} recall={r:.3f} fpr={f:.3f}")
    return f1


def extra(t):
    """Statistics meant for GCG-style gibberish suffixes and text addressed to the assistant."""
    s = t[:4000]; n = max(1, len(s))
    toks = re.findall(r'\S+', s); nt = max(1, len(toks))
    weird = sum(1 for w in toks if re.search(r'[A-Za-z]', w) and re.search(r"[^A-Za-z'\-,.!?;:]", w)) / nt
    punct = sum(1 for c in s if not c.isalnum() and not c.isspace()) / n
    c = Counter(s.lower()); ent = -sum(v / n * math.log2(v / n) for v in c.values())
    you = len(re.findall(r'\b(you|your|du|dich|dir|dein\w*)\b', s, re.I)) / nt
    midcap = sum(1 for a, b in zip(toks, toks[1:]) if b[:1].isupper() and not a.endswith(('.', '!', '?', ':'))) / nt
    sym = len(set(ch for ch in s if not ch.isalnum() and not ch.isspace())) / 20
    return [weird, punct, ent / 6, you, midcap, sym]


def fit_mlp(Xd,yy,ss,l2,H=16,seed=0):
    mu=Xd.mean(0); sd=Xd.std(0); sd[sd<1e-12]=1; Z=(Xd-mu)/sd
    w8=sample_weights(ss,yy); n,d=Z.shape
    rng=np.random.default_rng(seed)
    th0=np.concatenate([rng.normal(0,1/np.sqrt(d),d*H),np.zeros(H),rng.normal(0,1/np.sqrt(H),H),[0]])
    def unpack(th):
        W1=th[:d*H].reshape(d,H); b1=th[d*H:d*H+H]; w2=th[d*H+H:d*H+2*H]; b2=th[-1]; return W1,b1,w2,b2
    def f(th):
        W1,b1,w2,b2=unpack(th); A=np.tanh(Z@W1+b1); m=A@w2+b2
        loss=np.sum(w8*(np.logaddexp(0,m)-yy*m))+l2/2*(np.sum(W1*W1)+w2@w2)
        e=w8*(1/(1+np.exp(-m))-yy)
        gw2=A.T@e+l2*w2; gb2=e.sum(); dA=np.outer(e,w2)*(1-A*A)
        gW1=Z.T@dA+l2*W1; gb1=dA.sum(0)
        return loss,np.concatenate([gW1.ravel(),gb1,gw2,[gb2]])
    th=minimize(f,th0,jac=True,method='L-BFGS-B',options={'maxiter':300}).x
    W1,b1,w2,b2=unpack(th)
    return lambda X2: 1/(1+np.exp(-(np.tanh(((X2-mu)/sd)@W1+b1)@w2+b2)))
def loso_mlp(Xd,l2,H):
    out=np.zeros(len(y))
    for s in np.unique(src):
        tr=src!=s; out[~tr]=fit_mlp(Xd[tr],y[tr],src[tr],l2,H)(Xd[~tr])
    return out


def make_sample_weights(a):
    """Every text weighs (size of its source and class)^-a, each class half of the total (a = 0.5 is the trainer's)."""
    def sw(s, yy):
        keys = [x + str(b) for x, b in zip(s, yy)]; cnt = Counter(keys)
        w = np.array([cnt[k] ** -a for k in keys])
        for c in (0, 1): w[yy == c] /= 2 * w[yy == c].sum()
        return w
    return sw


if __name__ == '__main__':
    C = char_ngrams(T); W = word_ngrams(T)
    base = loso(D, None, 0.01); report('emb+lex l2=0.01', base, True)
    report('emb+lex l2=0.001', loso(D, None, 0.001))
    report('emb+lex+char l2=0.001', loso(D, C, 0.001))
    report('emb+lex+word l2=0.001', loso(D, W, 0.001))
    X = np.array([extra(t) for t in T])
    report('emb+lex+gibberish/addressing l2=0.01', loso(np.hstack([D, X]), None, 0.01), True)
    ch = loso(LEX, C, 0.001); report('lex+char l2=0.001', ch)
    wd = loso(LEX, W, 0.001); report('lex+word l2=0.001', wd)
    report('mean(emb+lex, lex+char)', (base + ch) / 2)
    report('max(emb+lex, lex+char)', np.maximum(base, ch))
    report('mean(emb+lex, lex+word)', (base + wd) / 2)
    report('max(emb+lex, lex+word)', np.maximum(base, wd))
    report('one hidden layer of 16 tanh units, L2 0.1', loso_mlp(D, 0.1, 16), True)
    for a in (1.0, 0.0):
        sample_weights = make_sample_weights(a)
        report(f'emb+lex l2=0.01, sample weight exponent {a}', loso(D, None, 0.01))

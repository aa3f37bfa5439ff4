import re, numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
OPT=re.compile(r'^\s*\(?([A-J])[.):]\s+(.*)$',re.M)
NEG=re.compile(r"\b(not|except|least|never|no|false|incorrect)\b",re.I)
CODEW=['list','string','tuple','dictionary','sort','count','sum','regex','number','array','element','character','maximum','minimum','prime','matrix','binary','find','check','convert','remove','given','nth','sequence','pairs','digits','words','substring','unique','frequency']
def stem_and_opts(q):
    lines=q.split('\n'); opts=[m.group(2) for m in OPT.finditer(q)]
    stem=[l for l in lines if not OPT.match(l) and not l.startswith('Print only') and not l.strip().startswith('Answer')]
    return ' '.join(stem).strip(), opts
def dense(r):
    q=r['question']; stem,opts=stem_and_opts(q)
    ol=[len(o) for o in opts] or [0]; ow=[len(o.split()) for o in opts] or [0]
    w=stem.split(); nums=re.findall(r'\d+(?:[.,]\d+)*',stem)
    f=[len(r['prompt']),len(q),len(stem),len(w),np.mean([len(x) for x in w]) if w else 0,
       len(opts),np.mean(ol),max(ol),min(ol),np.std(ol),np.mean(ow),
       len(nums),int(bool(re.search(r'\d\.\d',stem))),len(NEG.findall(stem)),stem.count('?'),stem.count(','),stem.count('.'),
       int('_' in stem),(stem.find('_')/max(1,len(stem))) if '_' in stem else -1,
       sum(1 for x in w if x[:1].isupper()),
       int(bool(re.search(r'\ball of the|\bnone of the|\bboth\b',q,re.I))),
       int(any(o.strip().lower() in stem.lower() for o in opts if o.strip())),
       sum(o.strip().lower() in stem.lower() for o in opts if o.strip()),
       r['n_shots']]
    low=stem.lower()
    f+= [int(cw in low) for cw in CODEW]
    return f
DENSE_NAMES=None
class Featuriser:
    def __init__(self,k=40,seed=0): self.k=k; self.seed=seed
    def fit(self,rows):
        self.tf=TfidfVectorizer(ngram_range=(1,2),min_df=2,sublinear_tf=True)
        X=self.tf.fit_transform([stem_and_opts(r['question'])[0] for r in rows])
        self.svd=TruncatedSVD(self.k,random_state=self.seed,algorithm='arpack').fit(X); return self
    def transform(self,rows):
        X=self.tf.transform([stem_and_opts(r['question'])[0] for r in rows])
        return np.hstack([np.array([dense(r) for r in rows],float),self.svd.transform(X)])

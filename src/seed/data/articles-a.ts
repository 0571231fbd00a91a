import type { SeedArticle } from '@/seed/types'

/**
 * Demo articles, batch A: LLM architecture, tokenization, RAG and DNS.
 * Italian is the source text; French and English are translations of it.
 */
export const articlesA: SeedArticle[] = [
  // ------------------------------------------------------------------ 1. LLM: convolutions
  {
    key: 'llm-convolutions',
    topic: 'llm',
    sources: ['gehring-2017-convs2s', 'gulati-2020-conformer', 'vaswani-2017-attention'],
    publishedAt: '2026-03-17T08:30:00.000Z',
    content: {
      it: {
        title: 'Che ruolo hanno le convoluzioni nei modelli linguistici di grandi dimensioni?',
        slug: 'che-ruolo-hanno-le-convoluzioni-nei-modelli-linguistici-di-grandi-dimensioni',
        body: [
          {
            type: 'p',
            text: "Una convoluzione applica lo stesso piccolo filtro a finestre che scorrono lungo la sequenza: nel testo, ogni posizione viene combinata con le parole vicine, per esempio due a sinistra e due a destra. È un modo economico per riconoscere schemi locali come prefissi, locuzioni o accordi grammaticali, e si parallelizza bene perché ogni finestra si calcola indipendentemente dalle altre; in PyTorch, per le sequenze, è il livello `nn.Conv1d`. Il limite è la portata: un singolo strato vede solo ciò che sta nella sua finestra, e per collegare parole lontane bisogna impilare molti strati, allargando a ogni passo il campo recettivo.",
          },
          { type: 'h2', text: 'Da ConvS2S al Transformer' },
          {
            type: 'p',
            text: "Nel 2017 Gehring e colleghi hanno proposto ConvS2S, un modello di traduzione automatica in cui encoder e decoder sono costruiti interamente con convoluzioni [1]. Ogni strato usa unità lineari con gate (GLU), che regolano quanta informazione lasciar passare, e connessioni residue; un meccanismo di attenzione distinto in ciascuno strato del decoder lo collega alla frase sorgente. Non essendoci uno stato nascosto da propagare parola per parola, in addestramento tutte le posizioni si calcolano in parallelo: su WMT'14 inglese-tedesco e inglese-francese il modello superava i sistemi LSTM profondi di riferimento, con una velocità di un ordine di grandezza superiore.",
          },
          {
            type: 'p',
            text: "Pochi mesi dopo Vaswani e colleghi hanno presentato il Transformer, che rinuncia del tutto sia alla ricorrenza sia alle convoluzioni e si affida all'autoattenzione [3]. Ogni token si confronta direttamente con tutti gli altri, quindi il percorso tra due posizioni qualsiasi ha lunghezza costante, mentre con convoluzioni contigue servono tanti più strati quanto più le parole sono distanti. L'ordine delle parole, che una convoluzione coglie implicitamente, viene reintrodotto con le codifiche posizionali. Curiosamente, gli autori osservano che i blocchi feed-forward applicati a ogni posizione equivalgono a due convoluzioni con kernel di dimensione 1.",
          },
          { type: 'h2', text: 'Il ritorno delle convoluzioni: Conformer e oltre' },
          {
            type: 'p',
            text: "Le convoluzioni non sono però scomparse. Conformer, proposto da Gulati e colleghi nel 2020 per il riconoscimento del parlato, inserisce in ogni blocco Transformer un modulo convoluzionale accanto all'autoattenzione multi-testa: l'attenzione modella le dipendenze globali, la convoluzione depthwise cattura i dettagli locali del segnale acustico [2]. Il tutto è racchiuso tra due mezzi moduli feed-forward, in stile Macaron. Su LibriSpeech il modello ha ottenuto tassi di errore inferiori a quelli dei precedenti modelli basati solo su Transformer o solo su reti convoluzionali, a conferma che i due meccanismi sono complementari.",
          },
          {
            type: 'p',
            text: "I grandi modelli linguistici di cui sono pubblicati i dettagli, come GPT-3 o LLaMA, sono Transformer basati sulla sola autoattenzione, senza convoluzioni nel senso classico. L'idea convoluzionale sopravvive però in altre forme: alcune architetture di ricerca affiancano all'attenzione brevi convoluzioni causali per mescolare a basso costo i token vicini, e nei sistemi multimodali le convoluzioni compaiono spesso nei primi strati che trasformano audio o immagini in sequenze di vettori. Per ripartire dalle basi conviene leggere [l'articolo originale sul Transformer](https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html).",
          },
        ],
        summary:
          "Le convoluzioni colgono in modo efficiente le relazioni locali, mentre l'autoattenzione collega qualsiasi coppia di posizioni: ConvS2S le ha usate da sole, il Transformer le ha abbandonate e Conformer le ha ricombinate con l'attenzione.",
        seoTitle: 'Convoluzioni negli LLM: da ConvS2S a Conformer',
        seoDescription:
          "Come le convoluzioni catturano i pattern locali del testo, perché il Transformer le ha sostituite con l'autoattenzione e come Conformer le combina.",
      },
      fr: {
        title: 'Quel rôle jouent les convolutions dans les grands modèles de langage ?',
        slug: 'quel-role-jouent-les-convolutions-dans-les-grands-modeles-de-langage',
        body: [
          {
            type: 'p',
            text: "Une convolution applique le même petit filtre à des fenêtres qui glissent le long de la séquence : dans un texte, chaque position est combinée avec les mots voisins, par exemple deux à gauche et deux à droite. C'est un moyen peu coûteux de repérer des motifs locaux comme des préfixes, des locutions ou des accords grammaticaux, et il se parallélise bien puisque chaque fenêtre se calcule indépendamment des autres ; dans PyTorch, pour les séquences, c'est la couche `nn.Conv1d`. Sa limite est la portée : une seule couche ne voit que sa fenêtre, et pour relier des mots éloignés il faut empiler de nombreuses couches, qui élargissent à chaque étape le champ récepteur.",
          },
          { type: 'h2', text: 'De ConvS2S au Transformer' },
          {
            type: 'p',
            text: "En 2017, Gehring et ses collègues ont proposé ConvS2S, un modèle de traduction automatique dont l'encodeur et le décodeur sont entièrement construits avec des convolutions [1]. Chaque couche utilise des unités linéaires à porte (GLU), qui règlent la quantité d'information transmise, et des connexions résiduelles ; un mécanisme d'attention distinct dans chaque couche du décodeur le relie à la phrase source. Comme aucun état caché ne doit être propagé mot après mot, toutes les positions se calculent en parallèle à l'entraînement : sur WMT'14 anglais-allemand et anglais-français, le modèle dépassait les systèmes LSTM profonds de référence, tout en étant dix fois plus rapide.",
          },
          {
            type: 'p',
            text: "Quelques mois plus tard, Vaswani et ses collègues ont présenté le Transformer, qui renonce entièrement à la récurrence comme aux convolutions et repose sur l'auto-attention [3]. Chaque token se compare directement à tous les autres : le chemin entre deux positions quelconques a donc une longueur constante, alors qu'avec des convolutions contiguës il faut d'autant plus de couches que les mots sont éloignés. L'ordre des mots, qu'une convolution saisit implicitement, est réintroduit par des encodages positionnels. Détail amusant, les auteurs notent que les blocs feed-forward appliqués à chaque position équivalent à deux convolutions de noyau de taille 1.",
          },
          { type: 'h2', text: 'Le retour des convolutions : Conformer et au-delà' },
          {
            type: 'p',
            text: "Les convolutions n'ont pas disparu pour autant. Conformer, proposé par Gulati et ses collègues en 2020 pour la reconnaissance de la parole, insère dans chaque bloc Transformer un module convolutif à côté de l'auto-attention multi-têtes : l'attention modélise les dépendances globales, la convolution depthwise capte les détails locaux du signal acoustique [2]. L'ensemble est encadré par deux demi-modules feed-forward, à la manière de Macaron. Sur LibriSpeech, le modèle a obtenu des taux d'erreur inférieurs à ceux des modèles précédents fondés uniquement sur le Transformer ou uniquement sur des réseaux convolutifs, ce qui confirme la complémentarité des deux mécanismes.",
          },
          {
            type: 'p',
            text: "Les grands modèles de langage dont les détails sont publiés, comme GPT-3 ou LLaMA, sont des Transformer fondés sur la seule auto-attention, sans convolutions au sens classique. L'idée convolutive survit pourtant sous d'autres formes : certaines architectures de recherche ajoutent à l'attention de courtes convolutions causales pour mélanger à peu de frais les tokens voisins, et dans les systèmes multimodaux les convolutions apparaissent souvent dans les premières couches qui transforment l'audio ou les images en séquences de vecteurs. Pour repartir des bases, on peut lire [l'article original sur le Transformer](https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html).",
          },
        ],
        summary:
          "Les convolutions saisissent efficacement les relations locales, tandis que l'auto-attention relie n'importe quelle paire de positions : ConvS2S les utilisait seules, le Transformer les a abandonnées et Conformer les a recombinées avec l'attention.",
        seoTitle: 'Convolutions et LLM : de ConvS2S à Conformer',
        seoDescription:
          "Comment les convolutions captent les motifs locaux du texte, pourquoi le Transformer les a remplacées par l'auto-attention et comment Conformer les combine.",
      },
      en: {
        title: 'What role do convolutions play in large language models?',
        slug: 'what-role-do-convolutions-play-in-large-language-models',
        body: [
          {
            type: 'p',
            text: "A convolution applies the same small filter to windows that slide along a sequence: in text, each position is combined with its neighbouring words, say two on the left and two on the right. It is a cheap way to pick up local patterns such as prefixes, set phrases or grammatical agreement, and it parallelises well because each window is computed independently of the others; in PyTorch, for sequences, it is the `nn.Conv1d` layer. Its limit is reach: a single layer only sees what falls inside its window, so linking distant words requires stacking many layers, each one widening the receptive field.",
          },
          { type: 'h2', text: 'From ConvS2S to the Transformer' },
          {
            type: 'p',
            text: "In 2017 Gehring and colleagues proposed ConvS2S, a machine translation model whose encoder and decoder are built entirely from convolutions [1]. Each layer uses gated linear units (GLUs), which control how much information gets through, plus residual connections; a separate attention mechanism in every decoder layer links it to the source sentence. With no hidden state to carry word by word, all positions are computed in parallel during training: on WMT'14 English-German and English-French the model beat the strong deep LSTM baselines of the time while running an order of magnitude faster.",
          },
          {
            type: 'p',
            text: "A few months later Vaswani and colleagues introduced the Transformer, which drops recurrence and convolutions altogether and relies on self-attention [3]. Every token is compared directly with every other, so the path between any two positions has constant length, whereas contiguous convolutions need more layers the further apart the words are. Word order, which a convolution captures implicitly, is reintroduced through positional encodings. Curiously, the authors point out that the position-wise feed-forward blocks are equivalent to two convolutions with a kernel size of 1.",
          },
          { type: 'h2', text: 'The return of convolutions: Conformer and beyond' },
          {
            type: 'p',
            text: "Convolutions did not disappear, though. Conformer, proposed by Gulati and colleagues in 2020 for speech recognition, adds a convolution module next to multi-head self-attention in every Transformer block: attention models global dependencies, while the depthwise convolution captures local detail in the acoustic signal [2]. The whole block is sandwiched between two half-step feed-forward modules, Macaron style. On LibriSpeech the model reached lower error rates than earlier models based only on Transformers or only on convolutional networks, confirming that the two mechanisms complement each other.",
          },
          {
            type: 'p',
            text: "The large language models whose details are published, such as GPT-3 or LLaMA, are Transformers built on self-attention alone, with no convolutions in the classic sense. The convolutional idea lives on in other forms, however: some research architectures pair attention with short causal convolutions to mix neighbouring tokens cheaply, and in multimodal systems convolutions often appear in the first layers that turn audio or images into sequences of vectors. To go back to the foundations, read [the original Transformer paper](https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html).",
          },
        ],
        summary:
          'Convolutions capture local relationships efficiently, while self-attention links any pair of positions: ConvS2S used convolutions alone, the Transformer dropped them and Conformer recombined them with attention.',
        seoTitle: 'Convolutions in LLMs: from ConvS2S to Conformer',
        seoDescription:
          'How convolutions capture local patterns in text, why the Transformer replaced them with self-attention, and how Conformer combines the two approaches.',
      },
    },
  },

  // ------------------------------------------------------------------ 2. LLM: tokenization
  {
    key: 'llm-tokenization',
    topic: 'llm',
    sources: ['sennrich-2016-bpe', 'kudo-2018-sentencepiece', 'vaswani-2017-attention'],
    publishedAt: '2026-04-22T09:15:00.000Z',
    updatedAt: '2026-11-09T08:25:00.000Z',
    content: {
      it: {
        title: "Che cos'è la tokenizzazione e perché i modelli linguistici usano le sottoparole?",
        slug: 'che-cos-e-la-tokenizzazione-e-perche-i-modelli-linguistici-usano-le-sottoparole',
        body: [
          {
            type: 'p',
            text: "Un modello linguistico non legge lettere né parole, ma sequenze di numeri interi. La tokenizzazione è il passaggio che trasforma il testo in questi identificatori, detti token, ciascuno corrispondente a una voce di un vocabolario fisso; in uscita il processo inverso, la detokenizzazione, ricompone il testo. La scelta dell'unità non è neutra: stabilisce quante posizioni occupa una frase nella finestra di contesto, quanto costa elaborarla e quali parole il modello è in grado di rappresentare senza ricorrere a un simbolo generico per l'ignoto.",
          },
          { type: 'h2', text: 'Né parole intere né singoli caratteri' },
          {
            type: 'p',
            text: "Un vocabolario di parole intere ha due difetti: diventa enorme e lascia comunque fuori nomi propri, termini tecnici, refusi e composti mai visti, che finiscono tutti nello stesso simbolo di parola sconosciuta. Lavorare carattere per carattere risolve il problema, ma produce sequenze molto lunghe e costringe il modello a imparare da zero come le lettere si combinano. Le sottoparole sono il compromesso: le parole frequenti restano un token unico, quelle rare si spezzano in frammenti più piccoli, al limite in singoli caratteri, e il vocabolario diventa di fatto aperto.",
          },
          {
            type: 'p',
            text: "Sennrich, Haddow e Birch hanno adattato alla traduzione automatica il Byte Pair Encoding (BPE), nato come algoritmo di compressione [1]. L'addestramento parte da un vocabolario di singoli caratteri e ripete un'operazione semplice: conta le coppie di simboli adiacenti nel corpus, fonde la più frequente in un nuovo simbolo e lo aggiunge al vocabolario. Il numero di fusioni è l'iperparametro che ne fissa la dimensione finale. Il Transformer originale ha adottato proprio questa tecnica, con un vocabolario di circa 37.000 token condiviso tra sorgente e destinazione per la coppia inglese-tedesco [3].",
          },
          {
            type: 'p',
            text: "SentencePiece, di Kudo e Richardson, risolve un problema pratico: molti tokenizzatori presuppongono un testo già diviso in parole dagli spazi, cosa che non vale per lingue come il giapponese o il cinese [2]. SentencePiece si addestra direttamente sulle frasi grezze, tratta lo spazio come un simbolo qualsiasi sostituendolo con il metacarattere `▁` e rende così la tokenizzazione reversibile senza perdite. Implementa sia BPE sia il modello unigram e si usa da riga di comando con `spm_train` e `spm_encode` oppure dalla [libreria ufficiale su GitHub](https://github.com/google/sentencepiece).",
          },
          { type: 'h2', text: 'Conseguenze pratiche' },
          {
            type: 'ul',
            items: [
              'I limiti di contesto e le tariffe delle API si misurano in token, non in parole né in caratteri.',
              "La stessa frase può richiedere più token in una lingua che in un'altra, a seconda dei testi su cui è stato addestrato il tokenizzatore.",
              'Un modello può faticare nei compiti a livello di lettera, come contare le lettere di una parola, perché non vede i singoli caratteri.',
              'Tokenizzatore e modello vanno in coppia: cambiare vocabolario significa riaddestrare almeno gli embedding.',
            ],
          },
        ],
        summary:
          'La tokenizzazione converte il testo in identificatori numerici; le sottoparole ottenute con BPE o SentencePiece tengono compatto il vocabolario senza lasciare parole irrappresentabili.',
        seoTitle: 'Tokenizzazione e sottoparole negli LLM: BPE e SentencePiece',
        seoDescription:
          'Che cosa sono i token, perché i modelli linguistici non usano parole intere né caratteri e come funzionano BPE e SentencePiece, con le conseguenze pratiche.',
      },
      fr: {
        title: "Qu'est-ce que la tokenisation et pourquoi les modèles de langage utilisent-ils des sous-mots ?",
        slug: 'qu-est-ce-que-la-tokenisation-et-pourquoi-les-modeles-de-langage-utilisent-ils-des-sous-mots',
        body: [
          {
            type: 'p',
            text: "Un modèle de langage ne lit ni lettres ni mots, mais des suites de nombres entiers. La tokenisation est l'étape qui transforme le texte en ces identifiants, appelés tokens, chacun correspondant à une entrée d'un vocabulaire fixe ; en sortie, l'opération inverse, la détokenisation, reconstitue le texte. Le choix de l'unité n'est pas neutre : il détermine combien de positions une phrase occupe dans la fenêtre de contexte, ce que coûte son traitement et quels mots le modèle peut représenter sans recourir à un symbole générique pour l'inconnu.",
          },
          { type: 'h2', text: 'Ni mots entiers ni caractères isolés' },
          {
            type: 'p',
            text: "Un vocabulaire de mots entiers a deux défauts : il devient énorme et laisse malgré tout de côté noms propres, termes techniques, coquilles et mots composés jamais vus, qui aboutissent tous au même symbole de mot inconnu. Travailler caractère par caractère règle le problème, mais produit des séquences très longues et oblige le modèle à apprendre de zéro comment les lettres se combinent. Les sous-mots sont le compromis : les mots fréquents restent un seul token, les mots rares se découpent en fragments plus petits, à la limite en caractères isolés, et le vocabulaire devient de fait ouvert.",
          },
          {
            type: 'p',
            text: "Sennrich, Haddow et Birch ont adapté à la traduction automatique le Byte Pair Encoding (BPE), à l'origine un algorithme de compression [1]. L'apprentissage part d'un vocabulaire de caractères isolés et répète une opération simple : compter les paires de symboles adjacents dans le corpus, fusionner la plus fréquente en un nouveau symbole et l'ajouter au vocabulaire. Le nombre de fusions est l'hyperparamètre qui en fixe la taille finale. Le Transformer original a justement adopté cette technique, avec un vocabulaire d'environ 37 000 tokens partagé entre source et cible pour la paire anglais-allemand [3].",
          },
          {
            type: 'p',
            text: "SentencePiece, de Kudo et Richardson, résout un problème pratique : beaucoup de tokeniseurs supposent un texte déjà découpé en mots par les espaces, ce qui ne vaut pas pour des langues comme le japonais ou le chinois [2]. SentencePiece s'entraîne directement sur les phrases brutes, traite l'espace comme un symbole ordinaire en le remplaçant par le métacaractère `▁` et rend ainsi la tokenisation réversible sans perte. Il implémente à la fois BPE et le modèle unigram et s'utilise en ligne de commande avec `spm_train` et `spm_encode`, ou via la [bibliothèque officielle sur GitHub](https://github.com/google/sentencepiece).",
          },
          { type: 'h2', text: 'Conséquences pratiques' },
          {
            type: 'ul',
            items: [
              'Les limites de contexte et les tarifs des API se mesurent en tokens, pas en mots ni en caractères.',
              "Une même phrase peut demander plus de tokens dans une langue que dans une autre, selon les textes sur lesquels le tokeniseur a été entraîné.",
              'Un modèle peut peiner sur les tâches au niveau de la lettre, comme compter les lettres d\'un mot, car il ne voit pas les caractères isolés.',
              'Tokeniseur et modèle vont de pair : changer de vocabulaire oblige à réentraîner au moins les plongements (embeddings).',
            ],
          },
        ],
        summary:
          "La tokenisation convertit le texte en identifiants numériques ; les sous-mots obtenus avec BPE ou SentencePiece gardent un vocabulaire compact sans laisser de mots impossibles à représenter.",
        seoTitle: 'Tokenisation et sous-mots dans les LLM : BPE, SentencePiece',
        seoDescription:
          'Ce que sont les tokens, pourquoi les modèles de langage évitent mots entiers et caractères isolés, et comment fonctionnent BPE et SentencePiece.',
      },
      en: {
        title: 'What is tokenization and why do language models use subword units?',
        slug: 'what-is-tokenization-and-why-do-language-models-use-subword-units',
        body: [
          {
            type: 'p',
            text: "A language model reads neither letters nor words, but sequences of integers. Tokenization is the step that turns text into these identifiers, called tokens, each matching an entry in a fixed vocabulary; on the way out, the reverse step, detokenization, rebuilds the text. The choice of unit is not neutral: it decides how many positions a sentence takes up in the context window, how much it costs to process and which words the model can represent without falling back on a generic symbol for the unknown.",
          },
          { type: 'h2', text: 'Neither whole words nor single characters' },
          {
            type: 'p',
            text: "A vocabulary of whole words has two flaws: it grows huge and still leaves out proper names, technical terms, typos and unseen compounds, which all end up as the same unknown-word symbol. Working character by character solves that, but produces very long sequences and forces the model to learn from scratch how letters combine. Subwords are the compromise: frequent words stay a single token, rare ones are split into smaller pieces, down to single characters if needed, and the vocabulary becomes effectively open.",
          },
          {
            type: 'p',
            text: "Sennrich, Haddow and Birch adapted Byte Pair Encoding (BPE), originally a compression algorithm, to machine translation [1]. Training starts from a vocabulary of single characters and repeats a simple operation: count the pairs of adjacent symbols in the corpus, merge the most frequent pair into a new symbol and add it to the vocabulary. The number of merges is the hyperparameter that sets the final vocabulary size. The original Transformer used exactly this technique, with a vocabulary of about 37,000 tokens shared between source and target for English-German [3].",
          },
          {
            type: 'p',
            text: "SentencePiece, by Kudo and Richardson, solves a practical problem: many tokenizers assume text already split into words by spaces, which does not hold for languages such as Japanese or Chinese [2]. SentencePiece trains directly on raw sentences, treats the space as an ordinary symbol by replacing it with the meta character `▁`, and so makes tokenization losslessly reversible. It implements both BPE and the unigram model, and can be used from the command line with `spm_train` and `spm_encode` or through the [official library on GitHub](https://github.com/google/sentencepiece).",
          },
          { type: 'h2', text: 'Practical consequences' },
          {
            type: 'ul',
            items: [
              'Context limits and API pricing are measured in tokens, not in words or characters.',
              'The same sentence may need more tokens in one language than in another, depending on the text the tokenizer was trained on.',
              'A model may struggle with letter-level tasks, such as counting the letters in a word, because it does not see individual characters.',
              'Tokenizer and model come as a pair: changing the vocabulary means retraining at least the embeddings.',
            ],
          },
        ],
        summary:
          'Tokenization converts text into numeric identifiers; subwords produced with BPE or SentencePiece keep the vocabulary compact without leaving any word impossible to represent.',
        seoTitle: 'Tokenization and subwords in LLMs: BPE and SentencePiece',
        seoDescription:
          'What tokens are, why language models use neither whole words nor single characters, and how BPE and SentencePiece work, with the practical consequences.',
      },
    },
  },

  // ------------------------------------------------------------------ 3. RAG
  {
    key: 'rag-introduction',
    topic: 'rag',
    sources: ['lewis-2020-rag', 'karpukhin-2020-dpr'],
    publishedAt: '2026-06-04T07:45:00.000Z',
    content: {
      it: {
        title: "Che cos'è la generazione aumentata dal recupero (RAG) e perché riduce le allucinazioni?",
        slug: 'che-cos-e-la-generazione-aumentata-dal-recupero-rag-e-perche-riduce-le-allucinazioni',
        body: [
          {
            type: 'p',
            text: "Un modello linguistico conserva ciò che ha appreso nei propri parametri: una memoria compressa, ferma alla data dei dati di addestramento e senza riferimenti alle fonti. Davanti a un fatto raro o recente tende comunque a produrre una risposta plausibile, che può essere inventata: è la cosiddetta allucinazione. La generazione aumentata dal recupero, in inglese Retrieval-Augmented Generation o RAG, affianca a questa memoria parametrica una memoria esterna, interrogata al momento della domanda, da cui il modello attinge passaggi pertinenti prima di scrivere la risposta.",
          },
          {
            type: 'p',
            text: "Il termine nasce dal lavoro di Lewis e colleghi del 2020 [1]. Il loro sistema combina un generatore sequence-to-sequence preaddestrato, BART, con un indice vettoriale denso di Wikipedia, suddivisa in circa 21 milioni di passaggi da 100 parole. Dato un input, il recuperatore seleziona i passaggi più vicini e il generatore si condiziona su di essi, trattandoli come una variabile latente. In RAG-Sequence gli stessi passaggi valgono per tutta la risposta, in RAG-Token ogni token può appoggiarsi a un passaggio diverso. Encoder delle domande e generatore vengono messi a punto insieme, mentre l'indice dei documenti resta fisso.",
          },
          {
            type: 'p',
            text: "Il recuperatore è Dense Passage Retrieval (DPR), descritto da Karpukhin e colleghi [2]. Due encoder basati su BERT trasformano rispettivamente domande e passaggi in vettori, e la pertinenza è il loro prodotto scalare. L'addestramento usa come esempi negativi gli altri passaggi dello stesso batch, più passaggi difficili scelti con BM25. Nell'accuratezza sui primi 20 passaggi recuperati, DPR superava un robusto sistema BM25 basato su Lucene di 9-19 punti percentuali a seconda del dataset. La ricerca dei vettori più simili tra milioni di passaggi si affida a librerie come [FAISS](https://github.com/facebookresearch/faiss).",
          },
          { type: 'h2', text: 'Perché aiuta contro le allucinazioni' },
          {
            type: 'ul',
            items: [
              'Ancoraggio: la risposta si appoggia a testo recuperato e non solo a ricordi parametrici; nelle valutazioni di Lewis e colleghi le risposte di RAG sono risultate più fattuali e specifiche di quelle di BART da solo.',
              "Aggiornamento: per cambiare le conoscenze basta sostituire l'indice; gli autori lo hanno mostrato scambiando un indice di Wikipedia del 2016 con uno del 2018, senza alcun riaddestramento.",
              "Verificabilità: i passaggi recuperati possono essere mostrati come fonti, così chi legge controlla da dove viene un'affermazione.",
            ],
          },
          {
            type: 'p',
            text: "RAG riduce le allucinazioni, ma non le elimina. Se il recuperatore restituisce passaggi irrilevanti, superati o contraddittori, il generatore può ignorarli o combinarli male, e nulla lo obbliga formalmente a restare fedele al testo fornito. Nei sistemi reali la qualità dipende quindi da come si suddividono i documenti, da quanti passaggi si passano al modello (il parametro `top_k` di molte librerie) e da una valutazione periodica delle risposte su domande di cui si conosce già la soluzione corretta.",
          },
        ],
        summary:
          "RAG affianca al modello un archivio di documenti interrogato a ogni domanda: le risposte si basano su testo recuperato e citabile, e le conoscenze si aggiornano cambiando l'indice invece di riaddestrare il modello.",
        seoTitle: "RAG: cos'è la generazione aumentata dal recupero",
        seoDescription:
          "Come funziona la Retrieval-Augmented Generation, che ruolo ha il recuperatore denso DPR e perché riduce le allucinazioni dei modelli, pur senza eliminarle.",
      },
      fr: {
        title: "Qu'est-ce que la génération augmentée par récupération (RAG) et pourquoi réduit-elle les hallucinations ?",
        slug: 'qu-est-ce-que-la-generation-augmentee-par-recuperation-rag-et-pourquoi-reduit-elle-les',
        body: [
          {
            type: 'p',
            text: "Un modèle de langage conserve ce qu'il a appris dans ses paramètres : une mémoire compressée, figée à la date des données d'entraînement et dépourvue de références aux sources. Face à un fait rare ou récent, il a malgré tout tendance à produire une réponse plausible, qui peut être inventée : c'est ce qu'on appelle une hallucination. La génération augmentée par récupération, en anglais Retrieval-Augmented Generation ou RAG, ajoute à cette mémoire paramétrique une mémoire externe, interrogée au moment de la question, dans laquelle le modèle puise des passages pertinents avant de rédiger sa réponse.",
          },
          {
            type: 'p',
            text: "Le terme vient des travaux de Lewis et de ses collègues en 2020 [1]. Leur système associe un générateur séquence-à-séquence pré-entraîné, BART, à un index vectoriel dense de Wikipédia, découpée en environ 21 millions de passages de 100 mots. Pour une entrée donnée, le récupérateur sélectionne les passages les plus proches et le générateur se conditionne sur eux, en les traitant comme une variable latente. Dans RAG-Sequence, les mêmes passages servent à toute la réponse ; dans RAG-Token, chaque token peut s'appuyer sur un passage différent. L'encodeur des questions et le générateur sont affinés ensemble, tandis que l'index des documents reste fixe.",
          },
          {
            type: 'p',
            text: "Le récupérateur est Dense Passage Retrieval (DPR), décrit par Karpukhin et ses collègues [2]. Deux encodeurs fondés sur BERT transforment respectivement les questions et les passages en vecteurs, et la pertinence est leur produit scalaire. L'entraînement utilise comme exemples négatifs les autres passages du même lot, ainsi que des passages difficiles choisis avec BM25. En précision sur les 20 premiers passages récupérés, DPR dépassait un solide système BM25 fondé sur Lucene de 9 à 19 points selon le jeu de données. La recherche des vecteurs les plus proches parmi des millions de passages repose sur des bibliothèques comme [FAISS](https://github.com/facebookresearch/faiss).",
          },
          { type: 'h2', text: 'Pourquoi cela limite les hallucinations' },
          {
            type: 'ul',
            items: [
              "Ancrage : la réponse s'appuie sur du texte récupéré et pas seulement sur des souvenirs paramétriques ; dans les évaluations de Lewis et de ses collègues, les réponses de RAG se sont révélées plus factuelles et plus précises que celles de BART seul.",
              "Mise à jour : pour changer les connaissances, il suffit de remplacer l'index ; les auteurs l'ont montré en échangeant un index de Wikipédia de 2016 contre un index de 2018, sans aucun réentraînement.",
              "Vérifiabilité : les passages récupérés peuvent être affichés comme sources, ce qui permet au lecteur de contrôler l'origine d'une affirmation.",
            ],
          },
          {
            type: 'p',
            text: "RAG réduit les hallucinations, mais ne les supprime pas. Si le récupérateur renvoie des passages hors sujet, périmés ou contradictoires, le générateur peut les ignorer ou mal les combiner, et rien ne l'oblige formellement à rester fidèle au texte fourni. Dans les systèmes réels, la qualité dépend donc du découpage des documents, du nombre de passages transmis au modèle (le paramètre `top_k` de nombreuses bibliothèques) et d'une évaluation régulière des réponses sur des questions dont on connaît déjà la bonne solution.",
          },
        ],
        summary:
          "RAG associe au modèle une base de documents interrogée à chaque question : les réponses s'appuient sur un texte récupéré et citable, et les connaissances se mettent à jour en changeant l'index plutôt qu'en réentraînant le modèle.",
        seoTitle: "RAG : la génération augmentée par récupération",
        seoDescription:
          "Comment fonctionne la Retrieval-Augmented Generation, quel rôle joue le récupérateur dense DPR et pourquoi elle réduit les hallucinations sans les supprimer.",
      },
      en: {
        title: 'What is retrieval-augmented generation (RAG) and why does it reduce hallucinations?',
        slug: 'what-is-retrieval-augmented-generation-rag-and-why-does-it-reduce-hallucinations',
        body: [
          {
            type: 'p',
            text: "A language model keeps what it has learned in its parameters: a compressed memory, frozen at the date of its training data and with no pointers to sources. Faced with a rare or recent fact, it still tends to produce a plausible answer, which may be made up: this is what is called a hallucination. Retrieval-augmented generation, or RAG, adds an external memory to this parametric one. The external memory is queried at question time, and the model draws relevant passages from it before writing its answer.",
          },
          {
            type: 'p',
            text: "The term comes from the 2020 work of Lewis and colleagues [1]. Their system pairs a pre-trained sequence-to-sequence generator, BART, with a dense vector index of Wikipedia, split into about 21 million passages of 100 words. Given an input, the retriever selects the closest passages and the generator conditions on them, treating them as a latent variable. In RAG-Sequence the same passages serve the whole answer; in RAG-Token each token can rely on a different passage. The question encoder and the generator are fine-tuned together, while the document index stays fixed.",
          },
          {
            type: 'p',
            text: "The retriever is Dense Passage Retrieval (DPR), described by Karpukhin and colleagues [2]. Two BERT-based encoders turn questions and passages into vectors, and relevance is their dot product. Training uses the other passages in the same batch as negative examples, plus hard negatives chosen with BM25. On top-20 retrieval accuracy, DPR beat a strong Lucene-based BM25 system by 9 to 19 percentage points, depending on the dataset. Finding the most similar vectors among millions of passages relies on libraries such as [FAISS](https://github.com/facebookresearch/faiss).",
          },
          { type: 'h2', text: 'Why it helps against hallucinations' },
          {
            type: 'ul',
            items: [
              "Grounding: the answer rests on retrieved text, not only on parametric memory; in Lewis and colleagues' evaluations, RAG's answers were judged more factual and more specific than those of BART alone.",
              'Freshness: changing what the model knows only requires swapping the index; the authors showed this by replacing a 2016 Wikipedia index with a 2018 one, with no retraining at all.',
              'Verifiability: retrieved passages can be shown as sources, so readers can check where a claim comes from.',
            ],
          },
          {
            type: 'p',
            text: "RAG reduces hallucinations but does not eliminate them. If the retriever returns passages that are irrelevant, outdated or contradictory, the generator may ignore them or combine them badly, and nothing formally forces it to stay faithful to the text it was given. In real systems, quality therefore depends on how documents are chunked, on how many passages are passed to the model (the `top_k` parameter of many libraries) and on regularly evaluating answers against questions whose correct answer is already known.",
          },
        ],
        summary:
          'RAG gives the model a document store that is queried for every question: answers rest on retrieved, citable text, and knowledge is updated by changing the index instead of retraining the model.',
        seoTitle: 'RAG: what retrieval-augmented generation is',
        seoDescription:
          'How retrieval-augmented generation works, what role the DPR dense retriever plays, and why RAG reduces language model hallucinations without removing them.',
      },
    },
  },

  // ------------------------------------------------------------------ 4. DNS: resolution
  {
    key: 'dns-resolution',
    topic: 'dns',
    sources: ['rfc1034', 'rfc1035'],
    publishedAt: '2026-07-15T10:00:00.000Z',
    updatedAt: '2026-10-19T09:50:00.000Z',
    content: {
      it: {
        title: 'Come viene risolto un nome di dominio nel DNS?',
        slug: 'come-viene-risolto-un-nome-di-dominio-nel-dns',
        body: [
          {
            type: 'p',
            text: "Quando un browser deve raggiungere `www.example.com`, il sistema operativo non ne conosce l'indirizzo IP: lo chiede al DNS, il database distribuito e gerarchico descritto nelle RFC 1034 e 1035 [1]. Nessun server contiene tutti i nomi: ogni zona ha i propri server autorevoli, la radice delega ai domini di primo livello (TLD) e questi delegano ai singoli domini. Risolvere un nome significa percorrere questa catena di deleghe, ma di solito il lavoro lo fa per noi un altro server, e spesso buona parte della risposta è già in cache.",
          },
          {
            type: 'p',
            text: "Gli attori sono tre. Lo stub resolver è il componente minimo del sistema operativo: non segue le deleghe, ma inoltra la domanda a un resolver ricorsivo, per esempio quello indicato in `/etc/resolv.conf` o fornito dal router o dal provider. Il resolver ricorsivo fa il lavoro vero e proprio: interroga i server necessari e conserva in cache le risposte. I server autorevoli, infine, custodiscono i dati di una zona e rispondono soltanto per quella, segnalandolo con il bit AA (Authoritative Answer) nell'intestazione del messaggio.",
          },
          { type: 'h2', text: 'I passaggi della risoluzione' },
          {
            type: 'ol',
            items: [
              "Il sistema operativo controlla i dati locali, come la propria cache o il file `hosts`; se non trova nulla, lo stub resolver invia la domanda al resolver ricorsivo con il bit RD (Recursion Desired) impostato.",
              'Il resolver ricorsivo cerca nella propria cache: se conosce già la risposta, o almeno i server di `example.com` o di `com`, salta i passaggi corrispondenti.',
              'Altrimenti interroga uno dei server radice, i cui indirizzi gli sono noti in partenza (i cosiddetti root hints). La radice non ha la risposta, ma restituisce un rinvio: i record NS dei server di `com` con i relativi indirizzi.',
              'Il resolver interroga uno dei server del TLD `com`, che risponde con un nuovo rinvio verso i server autorevoli di `example.com`.',
              'Un server autorevole di `example.com` fornisce il record richiesto, per esempio un record A, con il bit AA impostato.',
              'Il resolver conserva in cache ogni record ricevuto per la durata del suo TTL e restituisce la risposta allo stub resolver, che la passa all\'applicazione.',
            ],
          },
          {
            type: 'p',
            text: "Lo strumento `dig` permette di osservare il processo. Senza opzioni pone la domanda al resolver configurato; con `+trace` è dig stesso a partire dalla radice e a seguire i rinvii uno per uno, mostrando quale server risponde a ogni passaggio; con `@server` e `+norecurse` interroga un server preciso senza chiedere la ricorsione. Ripetendo la prima domanda si nota che il TTL della risposta diminuisce: è il tempo che il record trascorrerà ancora nella cache del resolver.",
          },
          {
            type: 'code',
            language: 'shell',
            code: [
              '# Domanda al resolver ricorsivo configurato',
              'dig www.example.com A',
              '',
              '# Segue la catena di deleghe partendo dalla radice',
              'dig +trace www.example.com A',
              '',
              '# Interroga direttamente un server autorevole, senza ricorsione',
              'NS=$(dig NS example.com +short | head -n 1)',
              'dig @"$NS" www.example.com A +norecurse',
            ].join('\n'),
          },
          {
            type: 'p',
            text: "La cache rende il sistema scalabile: una volta noti i server di `com`, il resolver non torna alla radice per ore o giorni, e i nomi più richiesti vengono serviti senza alcuna domanda esterna. I server radice sono identificati da 13 nomi, da `a.root-servers.net` a `m.root-servers.net`, ma ciascuno corrisponde a molte istanze distribuite nel mondo; l'elenco è pubblicato dalla [IANA](https://www.iana.org/domains/root/servers). Le domande viaggiano di norma su UDP, porta 53, con ripiego su TCP quando la risposta non sta in un solo datagramma.",
          },
        ],
        summary:
          "Lo stub resolver delega la domanda a un resolver ricorsivo, che segue i rinvii dalla radice al TLD fino al server autorevole e conserva in cache ogni risposta per la durata del suo TTL.",
        seoTitle: 'Come funziona la risoluzione DNS, passo per passo',
        seoDescription:
          "Stub resolver, resolver ricorsivo, server radice, TLD e server autorevoli: come viene risolto un nome di dominio, con la cache e degli esempi pratici con dig.",
      },
      fr: {
        title: 'Comment un nom de domaine est-il résolu dans le DNS ?',
        slug: 'comment-un-nom-de-domaine-est-il-resolu-dans-le-dns',
        body: [
          {
            type: 'p',
            text: "Quand un navigateur doit joindre `www.example.com`, le système d'exploitation n'en connaît pas l'adresse IP : il la demande au DNS, la base de données distribuée et hiérarchique décrite dans les RFC 1034 et 1035 [1]. Aucun serveur ne contient tous les noms : chaque zone a ses propres serveurs faisant autorité, la racine délègue aux domaines de premier niveau (TLD) et ceux-ci délèguent aux différents domaines. Résoudre un nom consiste à parcourir cette chaîne de délégations, mais c'est en général un autre serveur qui s'en charge, et une bonne partie de la réponse se trouve souvent déjà en cache.",
          },
          {
            type: 'p',
            text: "Trois acteurs interviennent. Le résolveur stub est le composant minimal du système d'exploitation : il ne suit pas les délégations, mais transmet la question à un résolveur récursif, par exemple celui indiqué dans `/etc/resolv.conf` ou fourni par la box ou le fournisseur d'accès. Le résolveur récursif fait le vrai travail : il interroge les serveurs nécessaires et garde les réponses en cache. Enfin, les serveurs faisant autorité détiennent les données d'une zone et ne répondent que pour elle, ce qu'ils signalent avec le bit AA (Authoritative Answer) dans l'en-tête du message.",
          },
          { type: 'h2', text: 'Les étapes de la résolution' },
          {
            type: 'ol',
            items: [
              "Le système d'exploitation consulte ses données locales, comme son cache ou le fichier `hosts` ; s'il ne trouve rien, le résolveur stub envoie la question au résolveur récursif avec le bit RD (Recursion Desired) activé.",
              "Le résolveur récursif cherche dans son cache : s'il connaît déjà la réponse, ou au moins les serveurs de `example.com` ou de `com`, il saute les étapes correspondantes.",
              "Sinon, il interroge l'un des serveurs racine, dont il connaît les adresses dès le départ (les root hints). La racine n'a pas la réponse, mais renvoie une référence : les enregistrements NS des serveurs de `com` avec leurs adresses.",
              "Le résolveur interroge l'un des serveurs du TLD `com`, qui répond par une nouvelle référence vers les serveurs faisant autorité pour `example.com`.",
              "Un serveur faisant autorité pour `example.com` fournit l'enregistrement demandé, par exemple un enregistrement A, avec le bit AA activé.",
              "Le résolveur garde en cache chaque enregistrement reçu pendant la durée de son TTL et renvoie la réponse au résolveur stub, qui la transmet à l'application.",
            ],
          },
          {
            type: 'p',
            text: "L'outil `dig` permet d'observer le processus. Sans option, il pose la question au résolveur configuré ; avec `+trace`, c'est dig lui-même qui part de la racine et suit les références une à une, en montrant quel serveur répond à chaque étape ; avec `@serveur` et `+norecurse`, il interroge un serveur précis sans demander la récursion. En répétant la première requête, on voit le TTL de la réponse diminuer : c'est le temps que l'enregistrement passera encore dans le cache du résolveur.",
          },
          {
            type: 'code',
            language: 'shell',
            code: [
              '# Question au résolveur récursif configuré',
              'dig www.example.com A',
              '',
              '# Suit la chaîne de délégations à partir de la racine',
              'dig +trace www.example.com A',
              '',
              '# Interroge directement un serveur faisant autorité, sans récursion',
              'NS=$(dig NS example.com +short | head -n 1)',
              'dig @"$NS" www.example.com A +norecurse',
            ].join('\n'),
          },
          {
            type: 'p',
            text: "Le cache rend le système extensible : une fois les serveurs de `com` connus, le résolveur ne revient pas à la racine pendant des heures, voire des jours, et les noms les plus demandés sont servis sans aucune requête externe. Les serveurs racine sont identifiés par 13 noms, de `a.root-servers.net` à `m.root-servers.net`, mais chacun correspond à de nombreuses instances réparties dans le monde ; la liste est publiée par l'[IANA](https://www.iana.org/domains/root/servers). Les requêtes passent normalement par UDP, port 53, avec repli sur TCP quand la réponse ne tient pas dans un seul datagramme.",
          },
        ],
        summary:
          "Le résolveur stub confie la question à un résolveur récursif, qui suit les références de la racine au TLD jusqu'au serveur faisant autorité et garde chaque réponse en cache pendant la durée de son TTL.",
        seoTitle: 'Comment fonctionne la résolution DNS, étape par étape',
        seoDescription:
          "Résolveur stub, résolveur récursif, racine, TLD et serveurs faisant autorité : comment un nom de domaine est résolu, avec le cache et des exemples dig.",
      },
      en: {
        title: 'How is a domain name resolved in DNS?',
        slug: 'how-is-a-domain-name-resolved-in-dns',
        body: [
          {
            type: 'p',
            text: "When a browser needs to reach `www.example.com`, the operating system does not know its IP address: it asks DNS, the distributed, hierarchical database described in RFC 1034 and RFC 1035 [1]. No single server holds every name: each zone has its own authoritative servers, the root delegates to the top-level domains (TLDs), and these delegate to individual domains. Resolving a name means walking this chain of delegations, but usually another server does the work for us, and much of the answer is often already cached.",
          },
          {
            type: 'p',
            text: "There are three players. The stub resolver is the minimal component in the operating system: it does not follow delegations, but forwards the question to a recursive resolver, for example the one listed in `/etc/resolv.conf` or supplied by the router or the ISP. The recursive resolver does the real work: it queries the servers it needs and caches their answers. Finally, authoritative servers hold the data for a zone and answer only for that zone, flagging it with the AA (Authoritative Answer) bit in the message header.",
          },
          { type: 'h2', text: 'The steps of a lookup' },
          {
            type: 'ol',
            items: [
              'The operating system checks local data, such as its own cache or the `hosts` file; if nothing matches, the stub resolver sends the question to the recursive resolver with the RD (Recursion Desired) bit set.',
              'The recursive resolver looks in its cache: if it already knows the answer, or at least the servers for `example.com` or `com`, it skips the corresponding steps.',
              'Otherwise it queries one of the root servers, whose addresses it knows from the start (the root hints). The root does not have the answer but returns a referral: the NS records of the `com` servers along with their addresses.',
              'The resolver queries one of the `com` TLD servers, which replies with another referral, this time to the authoritative servers for `example.com`.',
              'An authoritative server for `example.com` returns the requested record, for example an A record, with the AA bit set.',
              'The resolver caches every record it received for the length of its TTL and returns the answer to the stub resolver, which hands it to the application.',
            ],
          },
          {
            type: 'p',
            text: "The `dig` tool lets you watch the process. With no options it asks the configured resolver; with `+trace`, dig itself starts from the root and follows the referrals one by one, showing which server answers at each step; with `@server` and `+norecurse` it queries one specific server without asking for recursion. Repeat the first query and you will see the TTL in the answer go down: it is the time the record has left in the resolver's cache.",
          },
          {
            type: 'code',
            language: 'shell',
            code: [
              '# Ask the configured recursive resolver',
              'dig www.example.com A',
              '',
              '# Follow the chain of delegations starting from the root',
              'dig +trace www.example.com A',
              '',
              '# Query an authoritative server directly, without recursion',
              'NS=$(dig NS example.com +short | head -n 1)',
              'dig @"$NS" www.example.com A +norecurse',
            ].join('\n'),
          },
          {
            type: 'p',
            text: "Caching is what makes the system scale: once it knows the `com` servers, the resolver does not go back to the root for hours or days, and the most popular names are served without any outside query. The root servers are identified by 13 names, from `a.root-servers.net` to `m.root-servers.net`, but each one stands for many instances spread around the world; the list is published by [IANA](https://www.iana.org/domains/root/servers). Queries normally travel over UDP port 53, falling back to TCP when the answer does not fit in a single datagram.",
          },
        ],
        summary:
          'The stub resolver hands the question to a recursive resolver, which follows referrals from the root to the TLD and on to the authoritative server, caching each answer for the length of its TTL.',
        seoTitle: 'How DNS resolution works, step by step',
        seoDescription:
          'Stub resolver, recursive resolver, root, TLD and authoritative servers: how a domain name gets resolved, how caching helps, and how to follow it all with dig.',
      },
    },
  },

  // ------------------------------------------------------------------ 5. DNS: TTL
  {
    key: 'dns-ttl',
    topic: 'dns',
    sources: ['rfc1035', 'rfc1912', 'rfc2181'],
    publishedAt: '2026-09-09T08:00:00.000Z',
    content: {
      it: {
        title: "Che cos'è il TTL di un record DNS e perché le modifiche non compaiono ovunque nello stesso momento?",
        slug: 'che-cos-e-il-ttl-di-un-record-dns-e-perche-le-modifiche-non-compaiono-ovunque-nello-stesso',
        body: [
          {
            type: 'p',
            text: "Ogni record DNS porta con sé un TTL (time to live): il numero di secondi per cui un resolver può conservarlo in cache prima di doverlo richiedere alla fonte. La RFC 1035 lo descrive come un campo a 32 bit, in un punto con segno e in un altro senza, e stabilisce che il valore zero significa che il record vale solo per la transazione in corso e non va memorizzato [1]. La RFC 2181 ha poi chiarito l'ambiguità: il TTL è un numero senza segno compreso tra 0 e 2147483647, cioè 2^31 − 1 secondi [3].",
          },
          {
            type: 'code',
            language: 'text',
            code: [
              '; nome              TTL   classe  tipo  dati',
              'www.example.com.    3600  IN      A     192.0.2.10',
            ].join('\n'),
          },
          {
            type: 'p',
            text: "In questa riga di un file di zona il secondo campo, `3600`, è il TTL: un'ora. Un resolver che riceve il record alle 10:00 lo riutilizza per tutti i client che lo chiedono fino alle 11:00, senza contattare il server autorevole, e nel frattempo nelle sue risposte il TTL scende verso zero. La RFC 2181 aggiunge che tutti i record di uno stesso insieme, cioè con stesso nome, classe e tipo, devono avere lo stesso TTL; se non è così, chi li riceve deve trattarli come se valesse per tutti il più basso.",
          },
          { type: 'h2', text: 'Perché la «propagazione» non è istantanea' },
          {
            type: 'p',
            text: "Quando si modifica un record, il server autorevole fornisce subito il nuovo valore, ma non avvisa nessuno: le copie già in cache restano valide fino alla loro scadenza. Ogni resolver ha memorizzato il record in un momento diverso e lo rinnoverà quindi in un momento diverso, così per un intervallo che può arrivare al vecchio TTL alcuni utenti vedono il dato nuovo e altri quello precedente. Quella che si chiama propagazione DNS è soprattutto la scadenza progressiva di tante cache indipendenti, a cui si aggiungono quelle di sistemi operativi, browser e applicazioni.",
          },
          {
            type: 'ul',
            items: [
              "I server secondari ricevono le modifiche solo tramite trasferimento di zona, che avviano se il numero di serie del record SOA è aumentato: dimenticare di incrementarlo è uno degli errori classici elencati nella RFC 1912 [2].",
              'Quando si cambiano i server autorevoli di un dominio conta anche il TTL dei record NS di delega nella zona del TLD, spesso di un giorno o più.',
              'Alcuni resolver applicano un TTL minimo o massimo proprio, ignorando in parte il valore pubblicato.',
              "Anche le risposte negative, per esempio per un nome che ancora non esisteva, possono restare in cache per un certo tempo.",
            ],
          },
          {
            type: 'p',
            text: "A proposito del TTL predefinito di una zona, la RFC 1912 suggerisce una strategia semplice per le modifiche pianificate: abbassare il valore in anticipo, attendere che trascorra il vecchio TTL, fare il cambiamento, verificarlo e solo allora riportare il TTL in alto. Un TTL breve, come `300` secondi, rende gli spostamenti rapidi ma moltiplica le interrogazioni ai server autorevoli; uno lungo alleggerisce il carico ma rallenta ogni correzione. Il testo completo si trova sulla [pagina della RFC 1912](https://www.rfc-editor.org/rfc/rfc1912) dell'RFC Editor.",
          },
        ],
        summary:
          "Il TTL dice per quanti secondi un record può restare in cache: le modifiche si diffondono man mano che le copie scadono, perciò conviene abbassarlo prima di un cambiamento e rialzarlo dopo.",
        seoTitle: 'TTL DNS: perché le modifiche non sono immediate',
        seoDescription:
          "Che cos'è il TTL di un record DNS, come lo definiscono le RFC 1035 e 2181 e perché un cambiamento si diffonde solo man mano che le cache dei resolver scadono.",
      },
      fr: {
        title: "Qu'est-ce que le TTL d'un enregistrement DNS et pourquoi les modifications n'apparaissent-elles pas partout en même temps ?",
        slug: 'qu-est-ce-que-le-ttl-d-un-enregistrement-dns-et-pourquoi-les-modifications-n-apparaissent-elles',
        body: [
          {
            type: 'p',
            text: "Chaque enregistrement DNS porte un TTL (time to live) : le nombre de secondes pendant lesquelles un résolveur peut le garder en cache avant de devoir le redemander à la source. La RFC 1035 le décrit comme un champ de 32 bits, signé à un endroit et non signé à un autre, et précise qu'une valeur nulle signifie que l'enregistrement ne vaut que pour la transaction en cours et ne doit pas être mis en cache [1]. La RFC 2181 a ensuite levé l'ambiguïté : le TTL est un nombre non signé compris entre 0 et 2147483647, soit 2^31 − 1 secondes [3].",
          },
          {
            type: 'code',
            language: 'text',
            code: [
              '; nom               TTL   classe  type  données',
              'www.example.com.    3600  IN      A     192.0.2.10',
            ].join('\n'),
          },
          {
            type: 'p',
            text: "Dans cette ligne d'un fichier de zone, le deuxième champ, `3600`, est le TTL : une heure. Un résolveur qui reçoit l'enregistrement à 10 h le réutilise pour tous les clients qui le demandent jusqu'à 11 h, sans contacter le serveur faisant autorité, et pendant ce temps le TTL de ses réponses décroît vers zéro. La RFC 2181 ajoute que tous les enregistrements d'un même ensemble, c'est-à-dire de même nom, classe et type, doivent avoir le même TTL ; sinon, le destinataire doit les traiter comme s'ils portaient tous le plus bas.",
          },
          { type: 'h2', text: 'Pourquoi la « propagation » n\'est pas instantanée' },
          {
            type: 'p',
            text: "Quand on modifie un enregistrement, le serveur faisant autorité fournit aussitôt la nouvelle valeur, mais ne prévient personne : les copies déjà en cache restent valables jusqu'à leur expiration. Chaque résolveur a mémorisé l'enregistrement à un moment différent et le renouvellera donc à un moment différent ; pendant un intervalle qui peut atteindre l'ancien TTL, certains utilisateurs voient la nouvelle donnée et d'autres l'ancienne. Ce qu'on appelle la propagation DNS est surtout l'expiration progressive de nombreux caches indépendants, auxquels s'ajoutent ceux des systèmes d'exploitation, des navigateurs et des applications.",
          },
          {
            type: 'ul',
            items: [
              "Les serveurs secondaires ne reçoivent les modifications que par transfert de zone, qu'ils déclenchent si le numéro de série de l'enregistrement SOA a augmenté : oublier de l'incrémenter est l'une des erreurs classiques recensées par la RFC 1912 [2].",
              "Quand on change les serveurs faisant autorité d'un domaine, le TTL des enregistrements NS de délégation dans la zone du TLD compte aussi, souvent d'un jour ou plus.",
              'Certains résolveurs appliquent leur propre TTL minimal ou maximal, en ignorant en partie la valeur publiée.',
              "Les réponses négatives, par exemple pour un nom qui n'existait pas encore, peuvent elles aussi rester en cache un certain temps.",
            ],
          },
          {
            type: 'p',
            text: "À propos du TTL par défaut d'une zone, la RFC 1912 propose une stratégie simple pour les modifications planifiées : baisser la valeur à l'avance, attendre que l'ancien TTL soit écoulé, effectuer le changement, le vérifier, puis seulement remonter le TTL. Un TTL court, comme `300` secondes, rend les bascules rapides mais multiplie les requêtes vers les serveurs faisant autorité ; un TTL long allège la charge mais ralentit chaque correction. Le texte complet se trouve sur la [page de la RFC 1912](https://www.rfc-editor.org/rfc/rfc1912) du RFC Editor.",
          },
        ],
        summary:
          "Le TTL indique combien de secondes un enregistrement peut rester en cache : les modifications se diffusent au fil de l'expiration des copies, d'où l'intérêt de le baisser avant un changement et de le remonter ensuite.",
        seoTitle: 'TTL DNS : pourquoi les modifications tardent',
        seoDescription:
          "Ce qu'est le TTL d'un enregistrement DNS, comment les RFC 1035 et 2181 le définissent et pourquoi un changement ne se diffuse qu'à l'expiration des caches.",
      },
      en: {
        title: "What is a DNS record's TTL and why don't changes show up everywhere at once?",
        slug: 'what-is-a-dns-records-ttl-and-why-dont-changes-show-up-everywhere-at-once',
        body: [
          {
            type: 'p',
            text: "Every DNS record carries a TTL (time to live): the number of seconds a resolver may keep it in its cache before it has to ask the source again. RFC 1035 describes it as a 32-bit field, signed in one place and unsigned in another, and states that a value of zero means the record may only be used for the transaction in progress and must not be cached [1]. RFC 2181 later cleared up the ambiguity: the TTL is an unsigned number between 0 and 2147483647, that is 2^31 − 1 seconds [3].",
          },
          {
            type: 'code',
            language: 'text',
            code: [
              '; name              TTL   class  type  data',
              'www.example.com.    3600  IN     A     192.0.2.10',
            ].join('\n'),
          },
          {
            type: 'p',
            text: "In this zone-file line the second field, `3600`, is the TTL: one hour. A resolver that receives the record at 10:00 reuses it for every client that asks until 11:00, without contacting the authoritative server, and meanwhile the TTL in its answers counts down towards zero. RFC 2181 adds that all records in the same set, meaning the same name, class and type, must share the same TTL; if they do not, the receiver should treat them all as having the lowest one.",
          },
          { type: 'h2', text: "Why 'propagation' is not instantaneous" },
          {
            type: 'p',
            text: "When you change a record, the authoritative server serves the new value straight away but notifies nobody: copies already cached stay valid until they expire. Each resolver cached the record at a different moment and will therefore refresh it at a different moment, so for a window of up to the old TTL some users see the new data and others the old. What people call DNS propagation is mostly the gradual expiry of many independent caches, on top of those kept by operating systems, browsers and applications.",
          },
          {
            type: 'ul',
            items: [
              'Secondary servers only receive changes through a zone transfer, which they start when the serial number in the SOA record has increased: forgetting to bump it is one of the classic mistakes listed in RFC 1912 [2].',
              "When you change a domain's authoritative servers, the TTL of the delegation NS records in the TLD zone matters too, and it is often a day or more.",
              'Some resolvers apply their own minimum or maximum TTL, partly ignoring the published value.',
              'Negative answers, for instance for a name that did not exist yet, can also stay cached for a while.',
            ],
          },
          {
            type: 'p',
            text: "Discussing a zone's default TTL, RFC 1912 suggests a simple strategy for planned changes: lower the value in advance, wait for the old TTL to run out, make the change, check it, and only then raise the TTL again. A short TTL, such as `300` seconds, makes switchovers quick but multiplies queries to the authoritative servers; a long one lightens the load but slows down every fix. The full text is on the RFC Editor's [RFC 1912 page](https://www.rfc-editor.org/rfc/rfc1912).",
          },
        ],
        summary:
          'The TTL says how many seconds a record may stay cached: changes spread as those copies expire, so it pays to lower it before a change and raise it again afterwards.',
        seoTitle: "DNS TTL: why changes don't show up everywhere at once",
        seoDescription:
          "What a DNS record's TTL is, how RFC 1035 and RFC 2181 define it, and why a change only spreads as the caches of resolvers around the Internet expire.",
      },
    },
  },
]

import type { SeedArticle } from '@/seed/types'
import { text } from './articleText'

/**
 * Demo articles, batch F: Docker, LLM decoding, RAG retrieval, Node.js streams and SPF. Italian
 * is the source text; French and English are translations of it. `[n]` cites the n-th entry
 * of `sources`.
 */
export const articlesF: SeedArticle[] = [
  // ------------------------------------------------------------------ Docker: image vs container
  {
    key: 'docker-image-vs-container',
    topic: 'docker',
    sources: ['docker-what-is-image', 'docker-what-is-container', 'oci-image-spec'],
    publishedAt: '2026-01-20T10:10:00.000Z',
    content: {
      it: text({
        title: "Qual è la differenza tra un'immagine Docker e un container?",
        body: [
          {
            type: 'p',
            text: "Un'immagine è un pacchetto immutabile: il file system di un'applicazione con le sue dipendenze, più i metadati che dicono quale comando eseguire [1]. Un container è un'istanza in esecuzione di quell'immagine, un processo isolato dal resto del sistema, con un proprio strato scrivibile sopra l'immagine [2]. Il rapporto ricorda quello tra un programma sul disco e un processo in memoria.",
          },
          { type: 'h2', text: 'Strati' },
          {
            type: 'p',
            text: "Un'immagine è fatta di strati sovrapposti, ciascuno prodotto di norma da un'istruzione del Dockerfile. Gli strati sono condivisi: dieci immagini basate sulla stessa distribuzione la scaricano e la conservano una volta sola. Il formato di immagini e strati è standardizzato dalla Open Container Initiative, per cui le stesse immagini funzionano con Docker, Podman o Kubernetes [3].",
          },
          { type: 'code', language: 'sh', code: 'docker pull nginx:1.27        # scarica l\'immagine\ndocker run -d --name web nginx:1.27   # crea e avvia un container\ndocker ps                     # i container in esecuzione\ndocker images                 # le immagini sul disco' },
          { type: 'h2', text: 'Che cosa succede ai dati' },
          {
            type: 'ul',
            items: [
              "ciò che un container scrive finisce nel suo strato scrivibile e sparisce quando il container viene rimosso;",
              'da una stessa immagine si possono avviare molti container, ciascuno con il proprio stato;',
              'i dati da conservare vanno in un volume, che vive indipendentemente dai container [2].',
            ],
          },
        ],
        summary:
          "L'immagine è il pacchetto immutabile e a strati con applicazione e dipendenze; il container è un processo isolato avviato da quell'immagine, con uno strato scrivibile che sparisce quando viene rimosso.",
        seoTitle: 'Immagine Docker e container: la differenza',
        seoDescription:
          'Che cos’è un’immagine Docker, che cos’è un container, come funzionano gli strati condivisi e perché i dati da conservare vanno in un volume.',
      }),
      fr: text({
        title: 'Quelle est la différence entre une image Docker et un conteneur ?',
        body: [
          {
            type: 'p',
            text: "Une image est un paquet immuable : le système de fichiers d'une application avec ses dépendances, plus les métadonnées qui indiquent quelle commande lancer [1]. Un conteneur est une instance en cours d'exécution de cette image, un processus isolé du reste du système, avec sa propre couche inscriptible au-dessus de l'image [2]. Le rapport rappelle celui entre un programme sur le disque et un processus en mémoire.",
          },
          { type: 'h2', text: 'Des couches' },
          {
            type: 'p',
            text: "Une image est faite de couches superposées, chacune produite en général par une instruction du Dockerfile. Les couches sont partagées : dix images fondées sur la même distribution la téléchargent et la stockent une seule fois. Le format des images et des couches est normalisé par l'Open Container Initiative, si bien que les mêmes images fonctionnent avec Docker, Podman ou Kubernetes [3].",
          },
          { type: 'code', language: 'sh', code: "docker pull nginx:1.27        # télécharge l'image\ndocker run -d --name web nginx:1.27   # crée et démarre un conteneur\ndocker ps                     # les conteneurs en cours\ndocker images                 # les images sur le disque" },
          { type: 'h2', text: 'Ce que deviennent les données' },
          {
            type: 'ul',
            items: [
              "ce qu'un conteneur écrit va dans sa couche inscriptible et disparaît quand le conteneur est supprimé ;",
              "une même image peut lancer de nombreux conteneurs, chacun avec son propre état ;",
              'les données à conserver vont dans un volume, qui vit indépendamment des conteneurs [2].',
            ],
          },
        ],
        summary:
          "L'image est le paquet immuable et en couches qui contient l'application et ses dépendances ; le conteneur est un processus isolé lancé depuis cette image, avec une couche inscriptible qui disparaît à sa suppression.",
        seoTitle: 'Image Docker et conteneur : la différence',
        seoDescription:
          "Ce qu'est une image Docker, ce qu'est un conteneur, comment fonctionnent les couches partagées et pourquoi les données à garder vont dans un volume.",
      }),
      en: text({
        title: 'What is the difference between a Docker image and a container?',
        body: [
          {
            type: 'p',
            text: "An image is an immutable package: an application's file system with its dependencies, plus metadata saying which command to run [1]. A container is a running instance of that image, a process isolated from the rest of the system, with its own writable layer on top of the image [2]. The relationship is like that between a program on disk and a process in memory.",
          },
          { type: 'h2', text: 'Layers' },
          {
            type: 'p',
            text: 'An image is made of stacked layers, each usually produced by one Dockerfile instruction. Layers are shared: ten images based on the same distribution download and store it only once. The format of images and layers is standardised by the Open Container Initiative, so the same images work with Docker, Podman or Kubernetes [3].',
          },
          { type: 'code', language: 'sh', code: 'docker pull nginx:1.27        # download the image\ndocker run -d --name web nginx:1.27   # create and start a container\ndocker ps                     # running containers\ndocker images                 # images on disk' },
          { type: 'h2', text: 'What happens to the data' },
          {
            type: 'ul',
            items: [
              'whatever a container writes goes into its writable layer and is gone when the container is removed;',
              'one image can start many containers, each with its own state;',
              'data worth keeping belongs in a volume, which lives independently of containers [2].',
            ],
          },
        ],
        summary:
          'The image is the immutable, layered package holding the application and its dependencies; the container is an isolated process started from that image, with a writable layer that disappears when it is removed.',
        seoTitle: 'Docker image vs container: the difference',
        seoDescription:
          'What a Docker image is, what a container is, how shared layers work, and why data you want to keep belongs in a volume.',
      }),
    },
  },

  // ------------------------------------------------------------------ LLM: temperature and sampling
  {
    key: 'llm-temperature',
    topic: 'llm',
    sources: ['holtzman-2020-degeneration', 'fan-2018-story'],
    publishedAt: '2026-08-11T08:50:00.000Z',
    updatedAt: '2026-10-27T15:00:00.000Z',
    content: {
      it: text({
        title: 'Che cosa fa il parametro temperatura nella generazione di testo?',
        body: [
          {
            type: 'p',
            text: "A ogni passo un modello linguistico produce un punteggio per ogni token del vocabolario, e una funzione softmax li trasforma in probabilità. La temperatura divide i punteggi prima della softmax: sotto 1 accentua le differenze e rende il modello più prevedibile, sopra 1 le appiattisce e dà più spazio a scelte insolite. A temperatura vicina a zero si sceglie quasi sempre il token più probabile.",
          },
          { type: 'h2', text: 'Perché non scegliere sempre il token più probabile' },
          {
            type: 'p',
            text: "Sembrerebbe la strategia più sicura, ma Holtzman e colleghi hanno mostrato che la decodifica che massimizza la probabilità produce testi ripetitivi e piatti, che cadono in cicli di frasi uguali [1]. Il testo scritto dalle persone, osservano, non è fatto solo delle parole più probabili. Serve quindi un po' di casualità, ma controllata.",
          },
          { type: 'h2', text: 'Top-k e top-p' },
          {
            type: 'ul',
            items: [
              'top-k: si campiona solo tra i k token più probabili, per esempio 40 [2];',
              'top-p, o nucleus sampling: si campiona nel gruppo più piccolo di token la cui probabilità totale supera p, per esempio 0,9 [1];',
              'entrambi tagliano la lunga coda di token improbabili, dove si annidano le parole fuori luogo.',
            ],
          },
          {
            type: 'p',
            text: "Temperatura e top-p si combinano spesso. Per estrarre dati o rispondere a domande fattuali conviene una temperatura bassa; per scrivere testi creativi o proporre alternative, una più alta. Con la stessa temperatura e un campionamento casuale, la stessa domanda può dare risposte diverse.",
          },
        ],
        summary:
          'La temperatura scala i punteggi del modello prima della softmax: bassa rende le risposte prevedibili, alta le rende varie. Top-k e top-p limitano il campionamento ai token plausibili, evitando sia la ripetizione sia le parole fuori luogo.',
        seoTitle: 'Temperatura, top-k e top-p negli LLM',
        seoDescription:
          'Come la temperatura modifica le probabilità dei token, perché la decodifica più probabile produce testo ripetitivo e come funzionano top-k e nucleus sampling.',
      }),
      fr: text({
        title: 'Que fait le paramètre de température dans la génération de texte ?',
        body: [
          {
            type: 'p',
            text: "À chaque étape, un modèle de langage produit un score pour chaque token du vocabulaire, et une fonction softmax les transforme en probabilités. La température divise les scores avant la softmax : en dessous de 1, elle accentue les écarts et rend le modèle plus prévisible ; au-dessus de 1, elle les aplatit et laisse plus de place aux choix inhabituels. À une température proche de zéro, on choisit presque toujours le token le plus probable.",
          },
          { type: 'h2', text: 'Pourquoi ne pas toujours choisir le token le plus probable' },
          {
            type: 'p',
            text: "Ce serait en apparence la stratégie la plus sûre, mais Holtzman et ses collègues ont montré que le décodage qui maximise la probabilité produit des textes répétitifs et plats, qui tombent dans des boucles de phrases identiques [1]. Le texte écrit par des humains, notent-ils, n'est pas fait que des mots les plus probables. Il faut donc un peu de hasard, mais maîtrisé.",
          },
          { type: 'h2', text: 'Top-k et top-p' },
          {
            type: 'ul',
            items: [
              "top-k : on échantillonne seulement parmi les k tokens les plus probables, par exemple 40 [2] ;",
              "top-p, ou nucleus sampling : on échantillonne dans le plus petit groupe de tokens dont la probabilité totale dépasse p, par exemple 0,9 [1] ;",
              'les deux coupent la longue traîne des tokens improbables, où se cachent les mots hors de propos.',
            ],
          },
          {
            type: 'p',
            text: "Température et top-p se combinent souvent. Pour extraire des données ou répondre à des questions factuelles, mieux vaut une température basse ; pour écrire des textes créatifs ou proposer des variantes, une plus élevée. Avec la même température et un échantillonnage aléatoire, la même question peut donner des réponses différentes.",
          },
        ],
        summary:
          "La température met à l'échelle les scores du modèle avant la softmax : basse, elle rend les réponses prévisibles ; haute, elle les diversifie. Top-k et top-p limitent l'échantillonnage aux tokens plausibles, ce qui évite à la fois la répétition et les mots hors de propos.",
        seoTitle: 'Température, top-k et top-p dans les LLM',
        seoDescription:
          'Comment la température modifie les probabilités des tokens, pourquoi le décodage le plus probable produit un texte répétitif et comment fonctionnent top-k et nucleus sampling.',
      }),
      en: text({
        title: 'What does the temperature parameter do in text generation?',
        body: [
          {
            type: 'p',
            text: 'At every step a language model produces a score for each token in its vocabulary, and a softmax turns those scores into probabilities. Temperature divides the scores before the softmax: below 1 it sharpens the differences and makes the model more predictable, above 1 it flattens them and leaves more room for unusual choices. Near zero, the most likely token is picked almost every time.',
          },
          { type: 'h2', text: 'Why not always pick the most likely token' },
          {
            type: 'p',
            text: 'It looks like the safest strategy, but Holtzman and colleagues showed that likelihood-maximising decoding produces bland, repetitive text that falls into loops of identical sentences [1]. Text written by people, they note, is not made only of the most probable words. Some randomness is needed, but under control.',
          },
          { type: 'h2', text: 'Top-k and top-p' },
          {
            type: 'ul',
            items: [
              'top-k: sample only among the k most likely tokens, for example 40 [2];',
              'top-p, or nucleus sampling: sample from the smallest set of tokens whose total probability exceeds p, for example 0.9 [1];',
              'both cut off the long tail of unlikely tokens, where out-of-place words hide.',
            ],
          },
          {
            type: 'p',
            text: 'Temperature and top-p are often combined. To extract data or answer factual questions a low temperature works best; to write creative text or suggest alternatives, a higher one. With the same temperature and random sampling, the same question can get different answers.',
          },
        ],
        summary:
          "Temperature scales the model's scores before the softmax: low makes answers predictable, high makes them varied. Top-k and top-p restrict sampling to plausible tokens, avoiding both repetition and out-of-place words.",
        seoTitle: 'Temperature, top-k and top-p in LLMs',
        seoDescription:
          'How temperature reshapes token probabilities, why most-likely decoding produces repetitive text, and how top-k and nucleus sampling work.',
      }),
    },
  },

  // ------------------------------------------------------------------ RAG: chunking and embeddings
  {
    key: 'rag-chunking-embeddings',
    topic: 'rag',
    sources: ['reimers-2019-sbert', 'johnson-2021-faiss', 'lewis-2020-rag'],
    publishedAt: '2026-09-29T09:20:00.000Z',
    content: {
      it: text({
        title: 'Come si dividono e indicizzano i documenti per un sistema RAG?',
        body: [
          {
            type: 'p',
            text: "Un sistema RAG recupera i passaggi pertinenti a una domanda e li passa al modello insieme alla domanda [3]. Perché il recupero funzioni, i documenti vanno preparati prima: spezzati in frammenti (chunk), trasformati in vettori e salvati in un indice che permetta di trovare in fretta i vettori più vicini a quello della domanda.",
          },
          { type: 'h2', text: 'Dividere' },
          {
            type: 'ul',
            items: [
              "frammenti troppo lunghi mescolano argomenti diversi e diluiscono il significato; troppo corti perdono il contesto;",
              'conviene tagliare seguendo la struttura: titoli, paragrafi, voci di elenco, invece di un numero fisso di caratteri;',
              "una piccola sovrapposizione tra frammenti consecutivi evita di spezzare a metà l'informazione che serve;",
              'ogni frammento porta con sé titolo e fonte, per poterla citare nella risposta.',
            ],
          },
          { type: 'h2', text: 'Trasformare in vettori' },
          {
            type: 'p',
            text: "Un modello di embedding trasforma ogni frammento in un vettore, in modo che testi di significato simile finiscano vicini. Sentence-BERT ha mostrato come addestrare un encoder a produrre vettori di frase confrontabili con la semplice similarità del coseno, riducendo la ricerca della coppia di frasi più simili in una raccolta di 10.000 da decine di ore a pochi secondi [1]. La domanda dell'utente passa per lo stesso modello, e il confronto avviene nello stesso spazio.",
          },
          { type: 'h2', text: 'Indicizzare' },
          {
            type: 'p',
            text: "Con milioni di frammenti, confrontare la domanda con tutti diventa lento. Librerie come FAISS costruiscono indici approssimati, per esempio per quantizzazione o per gruppi di vettori vicini, che trovano i k vicini migliori esaminandone solo una piccola parte [2]. Si sacrifica un po' di precisione in cambio di tempi di risposta di pochi millisecondi.",
          },
        ],
        summary:
          "I documenti si dividono in frammenti che seguono la loro struttura, ciascuno con la sua fonte; un modello di embedding li trasforma in vettori e un indice approssimato come FAISS trova in millisecondi quelli più vicini alla domanda.",
        seoTitle: 'RAG: chunking, embedding e indici vettoriali',
        seoDescription:
          'Come dividere i documenti in frammenti per un sistema RAG, come gli embedding di frase li rendono confrontabili e come FAISS trova in fretta i vicini più simili.',
      }),
      fr: text({
        title: 'Comment découper et indexer des documents pour un système RAG ?',
        body: [
          {
            type: 'p',
            text: "Un système RAG récupère les passages pertinents pour une question et les transmet au modèle avec la question [3]. Pour que la recherche fonctionne, les documents doivent être préparés à l'avance : découpés en fragments (chunks), transformés en vecteurs et enregistrés dans un index qui permet de trouver vite les vecteurs les plus proches de celui de la question.",
          },
          { type: 'h2', text: 'Découper' },
          {
            type: 'ul',
            items: [
              'des fragments trop longs mélangent des sujets différents et diluent le sens ; trop courts, ils perdent le contexte ;',
              'mieux vaut couper en suivant la structure : titres, paragraphes, éléments de liste, plutôt qu\'un nombre fixe de caractères ;',
              "un léger chevauchement entre fragments consécutifs évite de couper en deux l'information utile ;",
              'chaque fragment garde son titre et sa source, pour pouvoir la citer dans la réponse.',
            ],
          },
          { type: 'h2', text: 'Transformer en vecteurs' },
          {
            type: 'p',
            text: "Un modèle d'embedding transforme chaque fragment en vecteur, de sorte que des textes de sens voisin se retrouvent proches. Sentence-BERT a montré comment entraîner un encodeur à produire des vecteurs de phrase comparables par simple similarité cosinus, ce qui ramène la recherche de la paire de phrases la plus proche dans une collection de 10 000 de dizaines d'heures à quelques secondes [1]. La question de l'utilisateur passe par le même modèle, et la comparaison se fait dans le même espace.",
          },
          { type: 'h2', text: 'Indexer' },
          {
            type: 'p',
            text: "Avec des millions de fragments, comparer la question à tous devient lent. Des bibliothèques comme FAISS construisent des index approchés, par exemple par quantification ou par groupes de vecteurs voisins, qui trouvent les k meilleurs voisins en n'en examinant qu'une petite partie [2]. On sacrifie un peu de précision contre des temps de réponse de quelques millisecondes.",
          },
        ],
        summary:
          "Les documents se découpent en fragments qui suivent leur structure, chacun avec sa source ; un modèle d'embedding les transforme en vecteurs et un index approché comme FAISS trouve en quelques millisecondes les plus proches de la question.",
        seoTitle: 'RAG : découpage, embeddings et index vectoriels',
        seoDescription:
          'Comment découper des documents pour un système RAG, comment les embeddings de phrase les rendent comparables et comment FAISS trouve vite les voisins les plus proches.',
      }),
      en: text({
        title: 'How are documents chunked and indexed for a RAG system?',
        body: [
          {
            type: 'p',
            text: 'A RAG system retrieves the passages relevant to a question and hands them to the model along with the question [3]. For retrieval to work, documents have to be prepared beforehand: split into chunks, turned into vectors and stored in an index that quickly finds the vectors closest to the question\'s.',
          },
          { type: 'h2', text: 'Splitting' },
          {
            type: 'ul',
            items: [
              'chunks that are too long mix different topics and dilute their meaning; chunks that are too short lose context;',
              'split along the structure: headings, paragraphs, list items, rather than a fixed number of characters;',
              'a small overlap between consecutive chunks avoids cutting the information you need in half;',
              'each chunk keeps its title and source, so the answer can cite it.',
            ],
          },
          { type: 'h2', text: 'Turning text into vectors' },
          {
            type: 'p',
            text: "An embedding model turns each chunk into a vector so that texts with similar meaning end up close together. Sentence-BERT showed how to train an encoder to produce sentence vectors that can be compared with plain cosine similarity, bringing the search for the most similar pair of sentences in a collection of 10,000 down from tens of hours to a few seconds [1]. The user's question goes through the same model, and the comparison happens in the same space.",
          },
          { type: 'h2', text: 'Indexing' },
          {
            type: 'p',
            text: 'With millions of chunks, comparing the question against every one becomes slow. Libraries such as FAISS build approximate indexes, for instance through quantisation or clusters of nearby vectors, that find the top k neighbours while examining only a small fraction of them [2]. A little accuracy is traded for response times of a few milliseconds.',
          },
        ],
        summary:
          'Documents are split into chunks that follow their structure, each carrying its source; an embedding model turns them into vectors, and an approximate index such as FAISS finds the ones closest to the question in milliseconds.',
        seoTitle: 'RAG: chunking, embeddings and vector indexes',
        seoDescription:
          'How to split documents for a RAG system, how sentence embeddings make them comparable, and how FAISS quickly finds the nearest neighbours.',
      }),
    },
  },

  // ------------------------------------------------------------------ Node.js: streams
  {
    key: 'nodejs-streams',
    topic: 'nodejs',
    sources: ['nodejs-stream-api', 'nodejs-backpressure'],
    publishedAt: '2026-03-31T07:55:00.000Z',
    updatedAt: '2026-06-23T10:40:00.000Z',
    content: {
      it: text({
        title: 'Che cosa sono gli stream in Node.js e perché usarli?',
        body: [
          {
            type: 'p',
            text: "Uno stream elabora i dati a pezzi, man mano che arrivano, invece di caricarli tutti in memoria. Leggere un file di 4 GB con `fs.readFile` richiede 4 GB di RAM; leggerlo con `fs.createReadStream` richiede pochi kilobyte alla volta. Node.js distingue quattro tipi: Readable, Writable, Duplex (entrambi, come un socket TCP) e Transform, che modifica i dati mentre passano, come la compressione [1].",
          },
          { type: 'h2', text: 'Collegare stream con pipeline' },
          { type: 'code', language: 'js', code: "import { createReadStream, createWriteStream } from 'node:fs'\nimport { pipeline } from 'node:stream/promises'\nimport { createGzip } from 'node:zlib'\n\nawait pipeline(createReadStream('log.txt'), createGzip(), createWriteStream('log.txt.gz'))" },
          {
            type: 'p',
            text: "`pipeline` collega gli stream in catena, propaga gli errori e chiude tutto se una parte fallisce; è preferibile al vecchio `.pipe()`, che in caso di errore lascia stream aperti [1].",
          },
          { type: 'h2', text: 'La contropressione' },
          {
            type: 'p',
            text: "Che cosa succede se chi legge è più veloce di chi scrive? Ogni stream Writable ha un buffer con una soglia, `highWaterMark`; quando è pieno, `write()` restituisce `false` e chi produce deve fermarsi fino all'evento `drain`. Questo meccanismo si chiama backpressure, contropressione, e `pipeline` lo gestisce da sé [2]. Ignorarlo, continuando a scrivere, fa crescere il buffer in memoria senza limite: proprio il problema che gli stream dovevano evitare.",
          },
        ],
        summary:
          "Gli stream elaborano i dati a pezzi invece di caricarli tutti in memoria; pipeline li collega gestendo errori e contropressione, cioè la pausa di chi produce quando chi consuma non tiene il passo.",
        seoTitle: 'Stream in Node.js: pipeline e contropressione',
        seoDescription:
          'Perché gli stream di Node.js elaborano file enormi con poca memoria, i quattro tipi di stream, come usare pipeline e che cos’è la backpressure.',
      }),
      fr: text({
        title: 'Que sont les streams dans Node.js et pourquoi les utiliser ?',
        body: [
          {
            type: 'p',
            text: "Un stream traite les données par morceaux, à mesure qu'elles arrivent, au lieu de tout charger en mémoire. Lire un fichier de 4 Go avec `fs.readFile` demande 4 Go de RAM ; le lire avec `fs.createReadStream` ne demande que quelques kilo-octets à la fois. Node.js distingue quatre types : Readable, Writable, Duplex (les deux, comme un socket TCP) et Transform, qui modifie les données au passage, comme la compression [1].",
          },
          { type: 'h2', text: 'Relier des streams avec pipeline' },
          { type: 'code', language: 'js', code: "import { createReadStream, createWriteStream } from 'node:fs'\nimport { pipeline } from 'node:stream/promises'\nimport { createGzip } from 'node:zlib'\n\nawait pipeline(createReadStream('log.txt'), createGzip(), createWriteStream('log.txt.gz'))" },
          {
            type: 'p',
            text: "`pipeline` relie les streams en chaîne, propage les erreurs et ferme tout si une partie échoue ; il est préférable à l'ancien `.pipe()`, qui laisse des streams ouverts en cas d'erreur [1].",
          },
          { type: 'h2', text: 'La contre-pression' },
          {
            type: 'p',
            text: "Que se passe-t-il si la lecture va plus vite que l'écriture ? Chaque stream Writable a un tampon avec un seuil, `highWaterMark` ; quand il est plein, `write()` renvoie `false` et le producteur doit s'arrêter jusqu'à l'événement `drain`. Ce mécanisme s'appelle backpressure, contre-pression, et `pipeline` le gère tout seul [2]. L'ignorer en continuant d'écrire fait grossir le tampon en mémoire sans limite : exactement le problème que les streams devaient éviter.",
          },
        ],
        summary:
          "Les streams traitent les données par morceaux au lieu de tout charger en mémoire ; pipeline les relie en gérant les erreurs et la contre-pression, c'est-à-dire la pause du producteur quand le consommateur ne suit pas.",
        seoTitle: 'Streams Node.js : pipeline et contre-pression',
        seoDescription:
          "Pourquoi les streams de Node.js traitent d'énormes fichiers avec peu de mémoire, les quatre types de streams, l'usage de pipeline et la backpressure.",
      }),
      en: text({
        title: 'What are streams in Node.js and why use them?',
        body: [
          {
            type: 'p',
            text: 'A stream processes data in pieces as it arrives, instead of loading it all into memory. Reading a 4 GB file with `fs.readFile` takes 4 GB of RAM; reading it with `fs.createReadStream` takes a few kilobytes at a time. Node.js has four kinds: Readable, Writable, Duplex (both, like a TCP socket) and Transform, which changes data as it passes through, as compression does [1].',
          },
          { type: 'h2', text: 'Connecting streams with pipeline' },
          { type: 'code', language: 'js', code: "import { createReadStream, createWriteStream } from 'node:fs'\nimport { pipeline } from 'node:stream/promises'\nimport { createGzip } from 'node:zlib'\n\nawait pipeline(createReadStream('log.txt'), createGzip(), createWriteStream('log.txt.gz'))" },
          {
            type: 'p',
            text: '`pipeline` chains streams together, forwards errors and closes everything if one part fails; it is preferable to the older `.pipe()`, which leaves streams open when an error occurs [1].',
          },
          { type: 'h2', text: 'Backpressure' },
          {
            type: 'p',
            text: 'What happens when reading is faster than writing? Every Writable stream has a buffer with a threshold, `highWaterMark`; once it is full, `write()` returns `false` and the producer must pause until the `drain` event. This mechanism is called backpressure, and `pipeline` handles it for you [2]. Ignoring it and writing on makes the buffer grow in memory without bound: exactly the problem streams were meant to avoid.',
          },
        ],
        summary:
          'Streams process data in pieces instead of loading it all into memory; pipeline connects them while handling errors and backpressure, the pause of the producer when the consumer cannot keep up.',
        seoTitle: 'Node.js streams: pipeline and backpressure',
        seoDescription:
          'Why Node.js streams process huge files with little memory, the four kinds of stream, how to use pipeline, and what backpressure is.',
      }),
    },
  },

  // ------------------------------------------------------------------ SPF: the record
  {
    key: 'spf-record',
    topic: 'spf',
    sources: ['rfc7208', 'rfc5321'],
    publishedAt: '2026-04-28T08:05:00.000Z',
    updatedAt: '2026-09-08T07:35:00.000Z',
    content: {
      it: text({
        title: 'Che cosa contiene un record SPF e come si legge?',
        body: [
          {
            type: 'p',
            text: "Un record SPF è un record DNS di tipo TXT con cui il titolare di un dominio elenca i server autorizzati a inviare posta a suo nome. Il server che riceve un messaggio prende il dominio dell'indirizzo di busta, quello di `MAIL FROM` [2], ne legge il record SPF e verifica se l'indirizzo IP del mittente compare tra quelli ammessi [1].",
          },
          { type: 'code', language: 'dns', code: 'esempio.it.  IN TXT  "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.example mx -all"' },
          { type: 'h2', text: 'I meccanismi' },
          {
            type: 'ul',
            items: [
              '`v=spf1` apre il record, che deve essere uno solo per dominio;',
              '`ip4:` e `ip6:` ammettono indirizzi o intere reti;',
              '`mx` e `a` ammettono i server indicati dai record MX o A del dominio;',
              '`include:` importa le regole di un altro dominio, tipicamente quello del provider di posta;',
              "`all`, in fondo, vale per tutto il resto, con un qualificatore: `-all` rifiuta, `~all` segnala come sospetto.",
            ],
          },
          { type: 'h2', text: 'Le trappole comuni' },
          {
            type: 'p',
            text: "La valutazione può fare al massimo dieci interrogazioni DNS aggiuntive, contando `include`, `a`, `mx` e i redirect: chi accumula molti `include` di servizi diversi supera il limite e ottiene un errore permanente, come se il record fosse sbagliato [1]. Inoltre SPF controlla solo il dominio della busta, non il `From:` che l'utente vede: per proteggere quello serve DMARC, che richiede che i due domini siano allineati. Infine l'inoltro automatico della posta spesso rompe SPF, perché il server che inoltra non è tra quelli autorizzati.",
          },
        ],
        summary:
          "Un record SPF è un TXT che elenca chi può inviare posta per un dominio (ip4, ip6, mx, include) e chiude con un qualificatore su all; il limite è di dieci interrogazioni DNS e controlla solo il dominio della busta.",
        seoTitle: 'Record SPF: sintassi, meccanismi e limiti',
        seoDescription:
          'Come si legge un record SPF, che cosa fanno ip4, mx, include e -all, perché esiste il limite di dieci interrogazioni DNS e che cosa SPF non controlla.',
      }),
      fr: text({
        title: "Que contient un enregistrement SPF et comment le lire ?",
        body: [
          {
            type: 'p',
            text: "Un enregistrement SPF est un enregistrement DNS de type TXT par lequel le titulaire d'un domaine liste les serveurs autorisés à envoyer du courrier en son nom. Le serveur qui reçoit un message prend le domaine de l'adresse d'enveloppe, celle de `MAIL FROM` [2], lit son enregistrement SPF et vérifie si l'adresse IP de l'expéditeur figure parmi celles autorisées [1].",
          },
          { type: 'code', language: 'dns', code: 'exemple.fr.  IN TXT  "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.example mx -all"' },
          { type: 'h2', text: 'Les mécanismes' },
          {
            type: 'ul',
            items: [
              "`v=spf1` ouvre l'enregistrement, qui doit être unique pour un domaine ;",
              '`ip4:` et `ip6:` autorisent des adresses ou des réseaux entiers ;',
              '`mx` et `a` autorisent les serveurs désignés par les enregistrements MX ou A du domaine ;',
              "`include:` importe les règles d'un autre domaine, typiquement celui du fournisseur de messagerie ;",
              "`all`, à la fin, vaut pour tout le reste, avec un qualificatif : `-all` rejette, `~all` signale comme suspect.",
            ],
          },
          { type: 'h2', text: 'Les pièges courants' },
          {
            type: 'p',
            text: "L'évaluation peut faire au plus dix requêtes DNS supplémentaires, en comptant `include`, `a`, `mx` et les redirections : qui accumule les `include` de services différents dépasse la limite et obtient une erreur permanente, comme si l'enregistrement était faux [1]. De plus, SPF ne contrôle que le domaine de l'enveloppe, pas le `From:` que voit l'utilisateur : pour protéger celui-ci, il faut DMARC, qui exige que les deux domaines soient alignés. Enfin, le transfert automatique du courrier casse souvent SPF, car le serveur qui transfère ne fait pas partie des serveurs autorisés.",
          },
        ],
        summary:
          "Un enregistrement SPF est un TXT qui liste qui peut envoyer du courrier pour un domaine (ip4, ip6, mx, include) et se termine par un qualificatif sur all ; il est limité à dix requêtes DNS et ne contrôle que le domaine de l'enveloppe.",
        seoTitle: 'Enregistrement SPF : syntaxe, mécanismes et limites',
        seoDescription:
          "Comment lire un enregistrement SPF, ce que font ip4, mx, include et -all, pourquoi il existe une limite de dix requêtes DNS et ce que SPF ne contrôle pas.",
      }),
      en: text({
        title: 'What does an SPF record contain and how do you read it?',
        body: [
          {
            type: 'p',
            text: "An SPF record is a DNS TXT record in which a domain's owner lists the servers allowed to send mail on its behalf. The server receiving a message takes the domain of the envelope address, the one in `MAIL FROM` [2], reads its SPF record and checks whether the sender's IP address is among those allowed [1].",
          },
          { type: 'code', language: 'dns', code: 'example.com.  IN TXT  "v=spf1 ip4:192.0.2.0/24 include:_spf.provider.example mx -all"' },
          { type: 'h2', text: 'The mechanisms' },
          {
            type: 'ul',
            items: [
              '`v=spf1` opens the record, and a domain must have only one;',
              '`ip4:` and `ip6:` allow addresses or whole networks;',
              "`mx` and `a` allow the servers named by the domain's MX or A records;",
              "`include:` pulls in another domain's rules, typically the mail provider's;",
              '`all`, at the end, covers everything else, with a qualifier: `-all` rejects, `~all` flags as suspicious.',
            ],
          },
          { type: 'h2', text: 'Common pitfalls' },
          {
            type: 'p',
            text: "Evaluation may make at most ten extra DNS lookups, counting `include`, `a`, `mx` and redirects: piling up `include`s for different services goes over the limit and yields a permanent error, as if the record were wrong [1]. SPF also checks only the envelope domain, not the `From:` the user sees: protecting that takes DMARC, which requires the two domains to be aligned. Finally, automatic mail forwarding often breaks SPF, because the forwarding server is not among the authorised ones.",
          },
        ],
        summary:
          'An SPF record is a TXT record listing who may send mail for a domain (ip4, ip6, mx, include) and ending with a qualifier on all; it is limited to ten DNS lookups and checks only the envelope domain.',
        seoTitle: 'SPF records: syntax, mechanisms and limits',
        seoDescription:
          'How to read an SPF record, what ip4, mx, include and -all do, why there is a ten-lookup limit, and what SPF does not check.',
      }),
    },
  },
]

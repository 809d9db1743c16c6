"""L'argumentation : éléments d'un argument, méthodes CAP et CAB, preuves.

Definitions only; the chapter book/negociation/argumentation.md and its
question bank read them from here.
"""

from __future__ import annotations

from salesplan.concepts._catalogue import Catalogue, Concept

ELEMENTS_ARGUMENT: Catalogue[Concept] = Catalogue(
    "élément d'un argument",
    (
        Concept(
            "caracteristique",
            "Caractéristique",
            "Ce qu'est le produit ou le service, de façon objective et vérifiable : dimension, vitesse, "
            "matière, durée, délai, service inclus. Elle est la même pour tous les clients.",
            "Le traceur imprime un plan A0 couleur en 30 secondes.",
        ),
        Concept(
            "avantage",
            "Avantage",
            "Ce que la caractéristique permet de faire, ce qu'elle apporte à un utilisateur en général.",
            "Un plan A0 sort pendant qu'on va le chercher : pas de file d'attente devant la machine.",
        ),
        Concept(
            "benefice_client",
            "Bénéfice client",
            "L'avantage traduit pour ce client précis, relié à un besoin ou à un mobile qu'il a exprimé "
            "pendant la découverte. C'est ce qui le convainc.",
            "« Vos architectes impriment leurs plans la veille d'une réunion de chantier sans attendre : "
            "c'était votre principal souci. »",
        ),
        Concept(
            "preuve",
            "Preuve",
            "Élément qui rend l'argument crédible : démonstration, essai, chiffre vérifiable, témoignage, "
            "référence, label, garantie écrite. Sans preuve, un avantage reste une promesse.",
            "Le commercial lance l'impression d'un plan A0 devant la cliente et chronomètre.",
        ),
    ),
)

METHODES_ARGUMENTATION: Catalogue[Concept] = Catalogue(
    "méthode d'argumentation",
    (
        Concept(
            "cap",
            "Méthode CAP (caractéristique, avantage, preuve)",
            "Construire chaque argument en trois temps : énoncer une caractéristique, dire l'avantage qu'elle "
            "apporte, le prouver.",
            "« Ce fauteuil a un soutien lombaire réglable (C) ; chacun l'ajuste à sa morphologie et le dos est "
            "soutenu toute la journée (A) ; il est certifié conforme à la norme européenne des sièges de "
            "bureau, voici le certificat (P). »",
        ),
        Concept(
            "cab",
            "Méthode CAB (caractéristique, avantage, bénéfice)",
            "Construire chaque argument en partant d'une caractéristique, puis de l'avantage, et le conclure "
            "par le bénéfice pour ce client, dans ses mots. On y ajoute une preuve dès que possible (CAP-B).",
            "« Le contrat inclut une intervention sous 8 heures (C) ; une panne ne dure pas plus d'une "
            "demi-journée (A) ; vous tenez vos délais de dépôt de permis, ce qui vous inquiétait (B). »",
        ),
    ),
)

PREUVES: Catalogue[Concept] = Catalogue(
    "type de preuve",
    (
        Concept(
            "demonstration",
            "Démonstration ou essai",
            "Faire voir ou faire utiliser le produit par le client, en rendez-vous, en salle d'exposition ou "
            "en prêt. C'est la preuve la plus forte, car le client la constate lui-même.",
            "Un copieur est prêté quinze jours au cabinet pour un essai en conditions réelles.",
        ),
        Concept(
            "temoignage_reference",
            "Témoignage et référence client",
            "Citer ou faire parler un client comparable, satisfait, qui accepte d'être cité. En BtoB, une "
            "référence du même secteur ou de la même région pèse beaucoup.",
            "« Le cabinet Perrin, à Villeurbanne, a le même traceur depuis deux ans ; je peux vous mettre en "
            "relation avec sa gérante. »",
        ),
        Concept(
            "chiffre_etude",
            "Chiffre, calcul ou étude",
            "Un résultat chiffré et vérifiable : essai d'un laboratoire, calcul du coût d'utilisation fait "
            "devant le client, étude indépendante.",
            "Le commercial calcule devant le client le coût par page sur trois ans avec ses propres volumes.",
        ),
        Concept(
            "label_certification",
            "Label, norme ou certification",
            "Une attestation délivrée par un organisme extérieur : norme, écolabel, certification qualité.",
            "Le mobilier porte un écolabel et le fournisseur est certifié pour sa gestion de la qualité.",
        ),
        Concept(
            "garantie_engagement",
            "Garantie et engagement écrit",
            "Un engagement du vendeur inscrit au contrat : garantie, délai d'intervention, pénalités s'il "
            "n'est pas tenu, reprise de l'ancien matériel.",
            "Le contrat prévoit une pénalité si le technicien arrive après le délai promis.",
        ),
    ),
)

__all__ = ["ELEMENTS_ARGUMENT", "METHODES_ARGUMENTATION", "PREUVES"]
